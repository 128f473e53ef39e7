import { calendarDate } from '@/lib/core/dates';
import { z } from '@/lib/core/zod';

export const MAX_EARNINGS_MONTHS = 36;

const monthsBetween = (from: string, to: string) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

/** Seoul calendar days, both included; without them the last 12 months (from the 1st of the month 11 months ago) up to today. */
export const earningsQuery = z
  .object({ from: calendarDate.optional(), to: calendarDate.optional() })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '끝 날짜는 시작 날짜 이후여야 합니다.' });
    else if (v.from && v.to && monthsBetween(v.from, v.to) > MAX_EARNINGS_MONTHS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `기간은 ${MAX_EARNINGS_MONTHS}개월까지 볼 수 있습니다.` });
  });
export type EarningsQuery = z.infer<typeof earningsQuery>;

/** Flows in a period, each a positive KRW amount (the ledger's debits shown as what left). */
const flows = {
  /** Income credited (paid game fees, space bookings, meal orders), before refunds and fees. */
  earned: z.number().int(),
  /** Refunds debited from that income. */
  refunded: z.number().int(),
  /** Platform fees charged, minus the fees returned with refunds. */
  fees: z.number().int(),
  /** What an organizer covered for neighbours who dropped out of a meal order. */
  covered: z.number().int(),
  /** Payouts sent to the bank account. */
  paidOut: z.number().int(),
  /** earned − refunded − fees − covered: what the period added to the balance before payouts. */
  net: z.number().int(),
};

export const earnings = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object({
    ...flows,
    /** Paid and not yet used: income minus refunds for games and bookings that have not started (still refundable by their policies). Part of the balance. */
    upcoming: z.number().int(),
    /** The sum of every ledger entry ever (not only the period's). */
    balance: z.number().int(),
    /** The payout request waiting for an admin, or 0. */
    pendingPayout: z.number().int(),
  }),
  /** Every Seoul month of the period, oldest first, zeros included. */
  months: z.array(z.object({ month: z.string().meta({ examples: ['2026-12'] }), ...flows })),
});
export type EarningsView = z.infer<typeof earnings>;
export type EarningsFlows = Omit<EarningsView['months'][number], 'month'>;

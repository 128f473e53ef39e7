import { payoutStatuses, settlementKinds, settlementSubjects } from '@/db/constants/settlements';
import { pageInfoSchema, pageQuery } from '@/lib/core/pagination';
import { z } from '@/lib/core/zod';

export const settlementsQuery = z.object({ ...pageQuery });

export const settlementEntry = z.object({
  id: z.number().int(),
  kind: z.enum(settlementKinds),
  /** Signed KRW: credits positive, debits negative. */
  amount: z.number().int(),
  paymentId: z.number().int().nullable(),
  subjectType: z.enum(settlementSubjects),
  subjectId: z.number().int(),
  memo: z.string(),
  createdAt: z.iso.datetime(),
});
export type SettlementEntryView = z.infer<typeof settlementEntry>;

export const settlementSummary = z.object({
  /** The sum of every entry of the signed-in user. */
  balance: z.number().int(),
  /** The amount of the payout request waiting for an admin, or 0. */
  pendingPayout: z.number().int(),
  items: z.array(settlementEntry),
  page: pageInfoSchema,
});
export type SettlementSummaryView = z.infer<typeof settlementSummary>;

export const payoutRequestBody = z
  .object({
    amount: z
      .number({ error: '출금할 금액을 숫자로 적어 주세요.' })
      .int('출금은 1원 단위로 요청해 주세요.')
      .min(1, '1원 이상 요청해 주세요.')
      .max(2_147_483_647, '금액이 너무 큽니다.'),
  })
  .strict();

export const payout = z.object({
  id: z.number().int(),
  amount: z.number().int(),
  status: z.enum(payoutStatuses),
  requestedAt: z.iso.datetime(),
  paidAt: z.iso.datetime().nullable(),
  rejectedAt: z.iso.datetime().nullable(),
  rejectReason: z.string().nullable(),
});
export type PayoutView = z.infer<typeof payout>;

export const adminPayoutsQuery = z.object({ status: z.enum([...payoutStatuses, 'all']).default('requested'), ...pageQuery });
export type AdminPayoutsQuery = z.infer<typeof adminPayoutsQuery>;

export const adminPayout = payout.extend({
  user: z.object({ id: z.number().int(), username: z.string() }),
  /** The user's ledger balance now (what a paid payout draws on). */
  balance: z.number().int(),
  paidBy: z.object({ id: z.number().int(), username: z.string() }).nullable(),
});
export const adminPayouts = z.object({ items: z.array(adminPayout), page: pageInfoSchema });
export type AdminPayoutView = z.infer<typeof adminPayout>;

export const payoutIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const payoutPaidBody = z.object({ memo: z.string().trim().max(200, '200자 이내로 적어 주세요.').default('') }).strict();
export const payoutRejectBody = z
  .object({ reason: z.string({ error: '사유를 적어 주세요.' }).trim().min(1, '사유를 적어 주세요.').max(500, '500자 이내로 적어 주세요.') })
  .strict();
export const payoutDecision = z.object({ payout, auditId: z.number().int() });

import { pad, seoulParts } from '@/lib/core/seoul-time';
import { won } from './labels';

/** A refund tier: a cancellation at least `before` ms ahead of the start gets `rate` of the amount back. */
export type RefundTier = { before: number; rate: number };

/** One step of a schedule: cancelling before `until` refunds `refund` KRW; the last step (`until` null) is "after that". */
export type RefundStep = { until: string | null; rate: number; refund: number };

/** Whole won, rounded down: the one formula both the refunds and the schedules shown use. */
export const tierRefund = (amount: number, rate: number) => Math.floor(amount * rate);

/** The rate of the first tier `now` still falls in (a boundary instant still counts), else 0. */
export function tierRate(tiers: readonly RefundTier[], startsAt: Date, now: Date): number {
  const ahead = startsAt.getTime() - now.getTime();
  return tiers.find((tier) => ahead >= tier.before)?.rate ?? 0;
}

/**
 * The exact amounts by time for `amount` KRW paid for something starting at `startsAt`: one step
 * per tier (most generous first, each until its deadline), then what is left after the last.
 */
export function refundSchedule(tiers: readonly RefundTier[], amount: number, startsAt: Date): RefundStep[] {
  const steps: RefundStep[] = tiers.map((t) => ({ until: new Date(startsAt.getTime() - t.before).toISOString(), rate: t.rate, refund: tierRefund(amount, t.rate) }));
  return [...steps, { until: null, rate: 0, refund: 0 }];
}

const deadline = (iso: string) => {
  const p = seoulParts(iso);
  return `${p.month}월 ${p.day}일 ${pad(p.hour)}:${pad(p.minute)}`;
};

/**
 * The schedule in Korean, one line per step, e.g. "12월 7일 18:00 전 취소: 8,000원 전액 환불",
 * "12월 8일 16:00 전 취소: 4,000원 환불 (50%)", "이후: 환불 없음". Steps already past at `now`
 * are left out, so the first line is what a cancellation right now gets.
 */
export function refundScheduleLines(steps: readonly RefundStep[], now: Date = new Date()): string[] {
  const ahead = steps.filter((s) => s.until === null || Date.parse(s.until) > now.getTime());
  return ahead.map((s, i) => {
    const what = s.refund === 0 ? '환불 없음' : s.rate >= 1 ? `${won(s.refund)} 전액 환불` : `${won(s.refund)} 환불 (${Math.round(s.rate * 100)}%)`;
    if (s.until !== null) return `${deadline(s.until)} 전 취소: ${what}`;
    return i === 0 ? `지금 취소하면: ${what}` : `이후: ${what}`;
  });
}

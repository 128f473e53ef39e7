import type { CancellationPolicy } from '@/db/constants/spaces';
import { refundSchedule, tierRate, tierRefund, type RefundTier } from '@/lib/payments/refund-schedule';

const DAY_MS = 86_400_000;

/** Refund tiers, most generous first: until `before` ms ahead of the start, `rate` of the paid amount. */
export const refundTiers: Record<CancellationPolicy, readonly RefundTier[]> = {
  // 유연: full refund until 24 h before the start.
  flexible: [{ before: DAY_MS, rate: 1 }],
  // 보통: full until 3 days before, half until 1 day before.
  moderate: [
    { before: 3 * DAY_MS, rate: 1 },
    { before: DAY_MS, rate: 0.5 },
  ],
  // 엄격: half until 7 days before, nothing after.
  strict: [{ before: 7 * DAY_MS, rate: 0.5 }],
};

/** The share of the paid amount a guest gets back when cancelling at `now` (a boundary instant still counts). */
export const refundRate = (policy: CancellationPolicy, startsAt: Date, now: Date) => tierRate(refundTiers[policy], startsAt, now);

export const refundFor = (policy: CancellationPolicy, paid: number, startsAt: Date, now: Date) => tierRefund(paid, refundRate(policy, startsAt, now));

/** What a guest's cancellation of a `paid` KRW booking refunds, by time (the reservation panel, the checkout). */
export const spaceRefundSchedule = (policy: CancellationPolicy, paid: number, startsAt: Date) => refundSchedule(refundTiers[policy], paid, startsAt);

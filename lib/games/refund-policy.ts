import { refundSchedule, tierRate, tierRefund, type RefundTier } from '@/lib/payments/refund-schedule';

const HOUR = 3_600_000;

/** A player's own cancellation: 100% until 24 h before the start, 50% until 2 h before, then nothing. */
export const gameRefundTiers: readonly RefundTier[] = [
  { before: 24 * HOUR, rate: 1 },
  { before: 2 * HOUR, rate: 0.5 },
];

export const refundRatio = (startsAt: Date, now: Date) => tierRate(gameRefundTiers, startsAt, now);

/** Whole won, rounded down, never below what has already been refunded. */
export const policyRefund = (amount: number, alreadyRefunded: number, startsAt: Date, now: Date) =>
  Math.max(0, tierRefund(amount, refundRatio(startsAt, now)) - alreadyRefunded);

/** What a player's cancellation of a `fee` KRW seat refunds, by time (the game page, the checkout). */
export const gameRefundSchedule = (fee: number, startsAt: Date) => refundSchedule(gameRefundTiers, fee, startsAt);

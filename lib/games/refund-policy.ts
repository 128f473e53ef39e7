const HOUR = 3_600_000;

/** A player's own cancellation: 100% until 24 h before the start, 50% until 2 h before, then nothing. */
export function refundRatio(startsAt: Date, now: Date) {
  const left = startsAt.getTime() - now.getTime();
  if (left >= 24 * HOUR) return 1;
  if (left >= 2 * HOUR) return 0.5;
  return 0;
}

/** Whole won, rounded down, never below what has already been refunded. */
export const policyRefund = (amount: number, alreadyRefunded: number, startsAt: Date, now: Date) =>
  Math.max(0, Math.floor(amount * refundRatio(startsAt, now)) - alreadyRefunded);

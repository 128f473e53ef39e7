import type { CancellationPolicy, User } from '@/db/schema';
import { assertEmailVerified } from '@/lib/accounts/policy';

export { policyLabels } from './labels';

/** Who may list a space: guests will pay the host, so an account with a verified email. */
export function assertCanListSpace(host: User): void {
  assertEmailVerified(host);
}

const DAY_MS = 86_400_000;

/** Refund tiers, most generous first: until `before` ms ahead of the start, `rate` of the paid amount. */
export const refundTiers: Record<CancellationPolicy, { before: number; rate: number }[]> = {
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
export function refundRate(policy: CancellationPolicy, startsAt: Date, now: Date): number {
  const ahead = startsAt.getTime() - now.getTime();
  return refundTiers[policy].find((tier) => ahead >= tier.before)?.rate ?? 0;
}

export const refundFor = (policy: CancellationPolicy, paid: number, startsAt: Date, now: Date) =>
  Math.floor(paid * refundRate(policy, startsAt, now));

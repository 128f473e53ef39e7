import type { User } from '@/db/schema';
import { assertEmailVerified } from '@/lib/accounts/policy';

export { policyLabels } from './labels';

/** Who may list a space: guests will pay the host, so an account with a verified email. */
export function assertCanListSpace(host: User): void {
  assertEmailVerified(host);
}

// Client-safe (no server imports), so the reservation panel shows the same amounts the refunds use.
export { refundFor, refundRate, refundTiers, spaceRefundSchedule } from './refund-tiers';

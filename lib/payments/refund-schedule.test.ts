import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancellationPolicies } from '@/db/constants/spaces';
import { gameRefundSchedule, policyRefund } from '@/lib/games/refund-policy';
import { refundFor, spaceRefundSchedule } from '@/lib/spaces/refund-tiers';
import { refundScheduleLines, type RefundStep } from './refund-schedule';

const HOUR = 3_600_000;
// 2026-12-08 18:00 in Seoul.
const startsAt = new Date('2026-12-08T09:00:00Z');

/** What the schedule promises for a cancellation at `now`: the first step whose deadline is still ahead (or exactly now). */
const promised = (steps: RefundStep[], now: Date) => steps.find((s) => s.until === null || Date.parse(s.until) >= now.getTime())!.refund;

describe('refund schedules', () => {
  it('a game: the exact amounts by time, in Seoul time', () => {
    const steps = gameRefundSchedule(8_001, startsAt);
    expect(refundScheduleLines(steps, new Date('2026-12-01T00:00:00Z'))).toEqual([
      '12월 7일 18:00 전 취소: 8,001원 전액 환불',
      '12월 8일 16:00 전 취소: 4,000원 환불 (50%)',
      '이후: 환불 없음',
    ]);
    // Deadlines already passed drop out: the first line is what cancelling now gets.
    expect(refundScheduleLines(steps, new Date(startsAt.getTime() - 3 * HOUR))).toEqual(['12월 8일 16:00 전 취소: 4,000원 환불 (50%)', '이후: 환불 없음']);
    expect(refundScheduleLines(steps, startsAt)).toEqual(['지금 취소하면: 환불 없음']);
  });

  it('a space: each policy’s tiers', () => {
    const lines = refundScheduleLines(spaceRefundSchedule('strict', 90_000, startsAt), new Date('2026-11-01T00:00:00Z'));
    expect(lines).toEqual(['12월 1일 18:00 전 취소: 45,000원 환불 (50%)', '이후: 환불 없음']);
  });

  it('the amounts shown equal the refunds the policies make, at any moment (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: -2 * 24 * HOUR, max: 10 * 24 * HOUR }), fc.constantFrom(...cancellationPolicies), (amount, ahead, policy) => {
        const now = new Date(startsAt.getTime() - ahead);
        expect(promised(gameRefundSchedule(amount, startsAt), now)).toBe(policyRefund(amount, 0, startsAt, now));
        expect(promised(spaceRefundSchedule(policy, amount, startsAt), now)).toBe(refundFor(policy, amount, startsAt, now));
      }),
    );
  });
});

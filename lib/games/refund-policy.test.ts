import { describe, expect, it } from 'vitest';
import { policyRefund, refundRatio } from './refund-policy';

const HOUR = 3_600_000;
const start = new Date('2030-05-01T10:00:00Z');
const before = (ms: number) => new Date(start.getTime() - ms);

describe('refund policy', () => {
  it('is 100% up to exactly 24 h before the start, 50% up to exactly 2 h, then 0', () => {
    expect(refundRatio(start, before(48 * HOUR))).toBe(1);
    expect(refundRatio(start, before(24 * HOUR))).toBe(1);
    expect(refundRatio(start, before(24 * HOUR - 1))).toBe(0.5);
    expect(refundRatio(start, before(2 * HOUR))).toBe(0.5);
    expect(refundRatio(start, before(2 * HOUR - 1))).toBe(0);
    expect(refundRatio(start, new Date(start.getTime() + HOUR))).toBe(0);
  });

  it('rounds down to whole won and subtracts what was already refunded', () => {
    expect(policyRefund(5001, 0, start, before(3 * HOUR))).toBe(2500);
    expect(policyRefund(10000, 3000, start, before(3 * HOUR))).toBe(2000);
    expect(policyRefund(10000, 6000, start, before(3 * HOUR))).toBe(0);
  });
});

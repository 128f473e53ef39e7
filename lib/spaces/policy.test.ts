import { describe, expect, it } from 'vitest';
import { refundFor, refundRate } from './policy';

const start = new Date('2026-06-10T05:00:00Z');
const before = (ms: number) => new Date(start.getTime() - ms);
const H = 3_600_000;
const D = 24 * H;

describe('cancellation policy refunds', () => {
  it('flexible: full until exactly 24 h before, nothing a millisecond later', () => {
    expect(refundRate('flexible', start, before(D))).toBe(1);
    expect(refundRate('flexible', start, before(D - 1))).toBe(0);
    expect(refundRate('flexible', start, before(10 * D))).toBe(1);
  });

  it('moderate: full until 3 days, half until 1 day, then nothing', () => {
    expect(refundRate('moderate', start, before(3 * D))).toBe(1);
    expect(refundRate('moderate', start, before(3 * D - 1))).toBe(0.5);
    expect(refundRate('moderate', start, before(D))).toBe(0.5);
    expect(refundRate('moderate', start, before(D - 1))).toBe(0);
  });

  it('strict: half until 7 days, then nothing', () => {
    expect(refundRate('strict', start, before(30 * D))).toBe(0.5);
    expect(refundRate('strict', start, before(7 * D))).toBe(0.5);
    expect(refundRate('strict', start, before(7 * D - 1))).toBe(0);
  });

  it('rounds refunds down to whole won', () => {
    expect(refundFor('moderate', 15_001, start, before(2 * D))).toBe(7500);
    expect(refundFor('flexible', 15_001, start, before(2 * D))).toBe(15_001);
  });
});

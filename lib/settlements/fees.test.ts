import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { feeFor, feeRatePpm, platformFee, refundEntries } from './fees';

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['PLATFORM_FEE_RATE_GAME', 'PLATFORM_FEE_RATE_RESERVATION', 'PLATFORM_FEE_RATE_MEAL_ORDER']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('platform fees', () => {
  it('default to 0 and read each purpose’s rate', () => {
    delete process.env.PLATFORM_FEE_RATE_GAME;
    expect(platformFee('game', 12_000)).toBe(0);
    process.env.PLATFORM_FEE_RATE_GAME = '0.05';
    process.env.PLATFORM_FEE_RATE_RESERVATION = '0.1';
    process.env.PLATFORM_FEE_RATE_MEAL_ORDER = '';
    expect(platformFee('game', 12_000)).toBe(600);
    expect(platformFee('reservation', 12_345)).toBe(1_234);
    expect(platformFee('meal_order', 12_345)).toBe(0);
    expect(feeRatePpm('game')).toBe(50_000);
  });

  it('round down in exact integer arithmetic (0.29 × 100 is 29, not 28)', () => {
    expect(feeFor(100, 290_000)).toBe(29);
    expect(feeFor(999, 33_333)).toBe(33);
    expect(feeFor(1, 999_999)).toBe(0);
    expect(feeFor(7, 1_000_000)).toBe(7);
    expect(feeFor(0, 500_000)).toBe(0);
  });

  it('refuse a rate outside 0..1 or with more than six decimals', () => {
    process.env.PLATFORM_FEE_RATE_GAME = '1.5';
    expect(() => platformFee('game', 1)).toThrow(/PLATFORM_FEE_RATE_GAME/);
    process.env.PLATFORM_FEE_RATE_GAME = '0.1234567';
    expect(() => platformFee('game', 1)).toThrow(/PLATFORM_FEE_RATE_GAME/);
    process.env.PLATFORM_FEE_RATE_GAME = '5%';
    expect(() => platformFee('game', 1)).toThrow(/PLATFORM_FEE_RATE_GAME/);
  });

  it('property: for any amount, rate and refunds, a payment’s entries sum to amount − fee − refunds and never below zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100_000_000 }), { maxLength: 6 }),
        (amount, ppm, asked) => {
          const charged = feeFor(amount, ppm);
          // What the payee's entries for the payment would be: income, fee, then per refund a debit and a fee return.
          const entries = [amount, -charged];
          let [refunded, held] = [0, charged];
          for (const want of asked) {
            const { debit, feeReturn } = refundEntries({ credited: amount, charged, refunded, feeHeld: held }, want);
            expect(debit).toBe(Math.min(want, amount - refunded));
            expect(feeReturn).toBeGreaterThanOrEqual(0);
            entries.push(-debit, feeReturn);
            refunded += debit;
            held -= feeReturn;
            const sum = entries.reduce((a, b) => a + b, 0);
            expect(sum).toBeGreaterThanOrEqual(0);
            // amount − fee still held − refunds
            expect(sum).toBe(amount - held - refunded);
            // The fee held is the charge scaled to what is kept, rounded down.
            expect(held).toBe(Number((BigInt(charged) * BigInt(amount - refunded)) / BigInt(amount)));
          }
          const kept = amount - refunded;
          expect(charged).toBeLessThanOrEqual(amount);
          if (kept === 0) expect(held).toBe(0);
          expect(entries.every(Number.isInteger)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

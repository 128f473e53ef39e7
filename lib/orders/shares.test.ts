import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeShares } from './shares';

// The README's worked example: a 4,000원 fee over three members' 18,000 / 10,000 / 6,000원 of food.
const worked = (rule: 'equal' | 'proportional') => ({
  rule,
  deliveryFee: 4000,
  organizerId: 1,
  members: [
    { userId: 1, itemsAmount: 18000 },
    { userId: 2, itemsAmount: 10000 },
    { userId: 3, itemsAmount: 6000 },
  ],
});

describe('computeShares', () => {
  it('equal: the fee evenly among members with items, the remainder to the organizer', () => {
    expect(computeShares(worked('equal'))).toEqual([
      { userId: 1, itemsAmount: 18000, feeShare: 1334, share: 19334 },
      { userId: 2, itemsAmount: 10000, feeShare: 1333, share: 11333 },
      { userId: 3, itemsAmount: 6000, feeShare: 1333, share: 7333 },
    ]);
  });

  it('proportional: the fee by item amount, rounded down, the remainder to the organizer', () => {
    // 4000 × 10000 / 34000 = 1176.47 → 1176; 4000 × 6000 / 34000 = 705.88 → 705; the organizer 2118 + 1.
    expect(computeShares(worked('proportional'))).toEqual([
      { userId: 1, itemsAmount: 18000, feeShare: 2119, share: 20119 },
      { userId: 2, itemsAmount: 10000, feeShare: 1176, share: 11176 },
      { userId: 3, itemsAmount: 6000, feeShare: 705, share: 6705 },
    ]);
  });

  it('an organizer without items pays no food but takes the remainder; nobody with items means the organizer takes the whole fee', () => {
    expect(computeShares({ rule: 'equal', deliveryFee: 3000, organizerId: 9, members: [{ userId: 2, itemsAmount: 5000 }, { userId: 3, itemsAmount: 5000 }] })).toEqual([
      { userId: 9, itemsAmount: 0, feeShare: 0, share: 0 },
      { userId: 2, itemsAmount: 5000, feeShare: 1500, share: 6500 },
      { userId: 3, itemsAmount: 5000, feeShare: 1500, share: 6500 },
    ]);
    expect(computeShares({ rule: 'proportional', deliveryFee: 3000, organizerId: 9, members: [] })).toEqual([
      { userId: 9, itemsAmount: 0, feeShare: 3000, share: 3000 },
    ]);
  });

  const scenario = fc.record({
    rule: fc.constantFrom('equal' as const, 'proportional' as const),
    deliveryFee: fc.integer({ min: 0, max: 1_000_000 }),
    organizerItems: fc.integer({ min: 0, max: 400_000_000 }),
    others: fc.array(fc.integer({ min: 100, max: 400_000_000 }), { maxLength: 12 }),
  });

  it('property: shares add up to items total + fee, nobody is negative, rounding only ever favours members, the organizer takes the remainder', () => {
    fc.assert(
      fc.property(scenario, ({ rule, deliveryFee, organizerItems, others }) => {
        const members = [{ userId: 1, itemsAmount: organizerItems }, ...others.map((itemsAmount, i) => ({ userId: i + 2, itemsAmount }))];
        const shares = computeShares({ rule, deliveryFee, organizerId: 1, members });
        const itemsTotal = members.reduce((s, m) => s + m.itemsAmount, 0);
        expect(shares.reduce((s, x) => s + x.share, 0)).toBe(itemsTotal + deliveryFee);
        expect(shares.reduce((s, x) => s + x.feeShare, 0)).toBe(deliveryFee);
        expect(shares[0]!.userId).toBe(1);
        const withItems = members.filter((m) => m.itemsAmount > 0);
        for (const s of shares) {
          expect(s.feeShare).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(s.feeShare)).toBe(true);
          expect(s.share).toBe(s.itemsAmount + s.feeShare);
          if (s.userId === 1) continue;
          // A member's exact part, rounded down: never more than the exact fraction, less by under 1 won.
          const exact = rule === 'equal' ? deliveryFee / withItems.length : (deliveryFee * s.itemsAmount) / itemsTotal;
          expect(s.feeShare).toBeLessThanOrEqual(exact);
          expect(exact - s.feeShare).toBeLessThan(1);
        }
        // The remainder (under one won per member) goes to the organizer on top of their own part.
        const organizer = shares[0]!;
        const exactOwn = organizerItems === 0 || itemsTotal === 0 ? (itemsTotal === 0 ? deliveryFee : 0) : rule === 'equal' ? deliveryFee / withItems.length : (deliveryFee * organizerItems) / itemsTotal;
        expect(organizer.feeShare).toBeGreaterThanOrEqual(Math.floor(exactOwn));
        expect(organizer.feeShare - exactOwn).toBeLessThan(shares.length);
      }),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SettlementKind } from '@/db/constants/settlements';
import { foldEarnings, monthsOf, type MonthKindSum } from './earnings-fold';

const positive: SettlementKind[] = ['meal_order_income', 'game_income', 'reservation_income'];
const negative: SettlementKind[] = ['refund_debit', 'organizer_cover', 'payout'];

/** Ledger sums with the signs the database allows (fees either way: charges and returns). */
const row = fc.oneof(
  fc.record({ kind: fc.constantFrom(...positive), amount: fc.integer({ min: 1, max: 5_000_000 }) }),
  fc.record({ kind: fc.constantFrom(...negative), amount: fc.integer({ min: -5_000_000, max: -1 }) }),
  fc.record({ kind: fc.constant<SettlementKind>('platform_fee'), amount: fc.integer({ min: -500_000, max: 500_000 }).filter((n) => n !== 0) }),
);
const month = fc.constantFrom('2026-01', '2026-02', '2026-11', '2026-12');

describe('foldEarnings', () => {
  it('reads each kind as what came in or left', () => {
    const rows: MonthKindSum[] = [
      { month: '2026-12', kind: 'game_income', amount: 20_000 },
      { month: '2026-12', kind: 'platform_fee', amount: -1_000 },
      { month: '2026-12', kind: 'refund_debit', amount: -8_000 },
      { month: '2026-12', kind: 'platform_fee', amount: 400 },
      { month: '2026-11', kind: 'reservation_income', amount: 90_000 },
      { month: '2026-11', kind: 'payout', amount: -50_000 },
    ];
    const { totals, months } = foldEarnings(rows, ['2026-10', '2026-11', '2026-12']);
    expect(totals).toEqual({ earned: 110_000, refunded: 8_000, fees: 600, covered: 0, paidOut: 50_000, net: 101_400 });
    expect(months).toEqual([
      { month: '2026-10', earned: 0, refunded: 0, fees: 0, covered: 0, paidOut: 0, net: 0 },
      { month: '2026-11', earned: 90_000, refunded: 0, fees: 0, covered: 0, paidOut: 50_000, net: 90_000 },
      { month: '2026-12', earned: 20_000, refunded: 8_000, fees: 600, covered: 0, paidOut: 0, net: 11_400 },
    ]);
  });

  it('totals: net − paid out is the sum of the ledger, and the months add up to the totals', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ month, entry: row }), { maxLength: 60 }), (drawn) => {
        const rows = drawn.map(({ month, entry }) => ({ month, ...entry }));
        const { totals, months } = foldEarnings(rows, monthsOf('2026-01-01', '2026-12-31'));
        expect(totals.net - totals.paidOut).toBe(rows.reduce((sum, r) => sum + r.amount, 0));
        expect(totals.earned - totals.refunded - totals.fees - totals.covered).toBe(totals.net);
        for (const key of ['earned', 'refunded', 'fees', 'covered', 'paidOut', 'net'] as const) {
          expect(months.reduce((sum, m) => sum + m[key], 0)).toBe(totals[key]);
        }
        expect(totals.earned).toBeGreaterThanOrEqual(0);
        expect(totals.refunded).toBeGreaterThanOrEqual(0);
        expect(totals.paidOut).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('monthsOf', () => {
  it('lists every month of the period across a year end', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-12-01', '2026-12-31')).toEqual(['2026-12']);
  });
});

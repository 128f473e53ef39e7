import type { SettlementKind } from '@/db/constants/settlements';
import { settlementIncomeKinds } from '@/db/constants/settlements';
import type { EarningsFlows } from './earnings-schema';

/** The ledger summed per Seoul month and kind (signed, as stored). */
export type MonthKindSum = { month: string; kind: SettlementKind; amount: number };

const zero = (): EarningsFlows => ({ earned: 0, refunded: 0, fees: 0, covered: 0, paidOut: 0, net: 0 });
const incomeKinds: readonly string[] = settlementIncomeKinds;

/** Adds one signed ledger sum to the flows: income up, every debit as the positive amount that left. */
function add(flows: EarningsFlows, kind: SettlementKind, amount: number) {
  if (incomeKinds.includes(kind)) flows.earned += amount;
  else if (kind === 'refund_debit') flows.refunded -= amount;
  else if (kind === 'platform_fee') flows.fees -= amount;
  else if (kind === 'organizer_cover') flows.covered -= amount;
  else if (kind === 'payout') flows.paidOut -= amount;
  if (kind !== 'payout') flows.net += amount;
}

/** "2026-01" … "2026-12": every month from `from`'s to `to`'s (days "YYYY-MM-DD"), both included. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/**
 * The period's flows in total and per month (every month of the period, zeros included). By
 * construction net − paidOut equals the sum of the entries, so over all time it is the balance.
 */
export function foldEarnings(rows: readonly MonthKindSum[], months: readonly string[]) {
  const byMonth = new Map(months.map((month) => [month, zero()]));
  const totals = zero();
  for (const r of rows) {
    add(totals, r.kind, r.amount);
    const month = byMonth.get(r.month);
    if (month) add(month, r.kind, r.amount);
  }
  return { totals, months: [...byMonth].map(([month, flows]) => ({ month, ...flows })) };
}

import type { Db } from '@/db/client';
import type { MealOrder, MealOrderShare } from '@/db/schema';
import { heldBy } from './money';

/**
 * The settlement entries of a delivered order, for the organizer's ledger: the members' final
 * shares as income, minus what the organizer covered of shares that went up after someone left
 * (so the net is what members actually paid), minus the platform fee when one is configured.
 */
export type OrderLedgerEntry = { userId: number; kind: 'meal_order_income' | 'organizer_cover' | 'platform_fee'; amount: number; memo: string };

export function deliveredEntries(order: MealOrder, shares: MealOrderShare[], fee: (income: number) => number): OrderLedgerEntry[] {
  const paying = shares.filter((s) => s.status === 'paid');
  const income = paying.reduce((sum, s) => sum + s.share, 0);
  const covered = paying.reduce((sum, s) => sum + Math.max(0, s.share - heldBy(s)), 0);
  const net = income - covered;
  const entries: OrderLedgerEntry[] = [];
  if (income > 0) entries.push({ userId: order.organizerId, kind: 'meal_order_income', amount: income, memo: `${order.restaurant} 같이 주문` });
  if (covered > 0) entries.push({ userId: order.organizerId, kind: 'organizer_cover', amount: -covered, memo: '빠진 이웃 몫을 주최자가 부담' });
  const platform = net > 0 ? fee(net) : 0;
  if (platform > 0) entries.push({ userId: order.organizerId, kind: 'platform_fee', amount: -platform, memo: '플랫폼 수수료' });
  return entries;
}

/**
 * SEAM: the settlement ledger (lib/settlements/ledger.ts, branch h-settlements) is not merged
 * yet. Once it is, this appends `deliveredEntries(order, shares, (n) => platformFee('meal_order', n))`
 * with appendLedger(tx, …) (subjectType 'meal_order', subjectId order.postId). Until then it
 * writes nothing.
 */
export async function settleDeliveredOrder(_tx: Db, _order: MealOrder, _shares: MealOrderShare[]): Promise<void> {}

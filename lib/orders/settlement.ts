import type { Db } from '@/db/client';
import type { MealOrder, MealOrderShare } from '@/db/schema';
import { appendLedger, platformFee, type LedgerEntryInput } from '@/lib/settlements/ledger';
import { heldBy } from './money';

/**
 * The organizer's ledger entries for a delivered order, per paid share (with its payment): the
 * member's final share as income; what the organizer covered of a share that went up after others
 * left, as a negative `organizer_cover`; and the platform fee (PLATFORM_FEE_RATE_MEAL_ORDER) on what
 * the member actually paid. Net per payment: paid − refunded − fee, so the ledger balance stays
 * "approved payments − refunds − fees".
 */
export function deliveredEntries(order: Pick<MealOrder, 'postId' | 'organizerId' | 'restaurant'>, shares: MealOrderShare[], fee: (held: number) => number): LedgerEntryInput[] {
  const entries: LedgerEntryInput[] = [];
  for (const s of shares) {
    if (s.status !== 'paid' || !s.paymentId) continue;
    const held = heldBy(s);
    const base = { userId: order.organizerId, paymentId: s.paymentId, subjectType: 'meal_order' as const, subjectId: order.postId };
    entries.push({ ...base, kind: 'meal_order_income', amount: s.share, memo: `${order.restaurant} 같이 주문 · 이웃 몫` });
    if (s.share > held) entries.push({ ...base, kind: 'organizer_cover', amount: -(s.share - held), memo: '빠진 이웃 대신 주최자가 부담' });
    const charged = fee(held);
    if (charged > 0) entries.push({ ...base, kind: 'platform_fee', amount: -charged, memo: '플랫폼 수수료' });
  }
  return entries;
}

/** On `delivered`, in its transaction: once per payment (the ledger's unique index holds it too). */
export async function settleDeliveredOrder(tx: Db, order: MealOrder, shares: MealOrderShare[]) {
  await appendLedger(tx, deliveredEntries(order, shares, (held) => platformFee('meal_order', held)));
}

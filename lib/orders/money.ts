import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mealOrderShares, payments, users, type MealOrderShare } from '@/db/schema';
import type { Clock } from '@/lib/core/clock';
import { cancelPayment, failPayment } from '@/lib/payments/mutations';

export const PURPOSE = 'meal_order';

/**
 * The order's open and paid payments, locked in id order. Lock order per order: payments first,
 * then the order row (approvePayment holds the payment and then locks the order in onApproved),
 * so flows that move money and approvals racing them can't deadlock.
 */
export async function lockOrderPayments(tx: Db, postId: number) {
  return tx
    .select()
    .from(payments)
    .where(and(eq(payments.purpose, PURPOSE), eq(payments.subjectId, postId), inArray(payments.status, ['ready', 'approved', 'partially_cancelled'])))
    .orderBy(asc(payments.id))
    .for('update');
}

/** Open checkouts of these members (or all) fail: their amount is no longer what they owe. */
export async function failOpenPayments(tx: Db, postId: number, clock: Clock, reason: string, only?: (p: { userId: number; amount: number }) => boolean) {
  const open = await tx
    .select({ id: payments.id, userId: payments.userId, amount: payments.amount, payer: users })
    .from(payments)
    .innerJoin(users, eq(users.id, payments.userId))
    .where(and(eq(payments.purpose, PURPOSE), eq(payments.subjectId, postId), eq(payments.status, 'ready')));
  for (const p of open) {
    if (only && !only(p)) continue;
    await failPayment(tx, p.payer, p.id, { code: 'MEAL_ORDER_CHANGED', message: reason }, clock);
  }
}

/** What a paid share still holds. */
export const heldBy = (s: Pick<MealOrderShare, 'paidAmount' | 'refundedAmount'>) => s.paidAmount - s.refundedAmount;

/**
 * Refunds `amount` of a paid share through its payment (outside the purpose's policy: the order's
 * rules decide) and records it on the share. The payment's own checks keep refunds within what was paid.
 */
export async function refundShare(tx: Db, share: MealOrderShare, amount: number, reason: string, clock: Clock) {
  if (amount <= 0 || !share.paymentId) return 0;
  await cancelPayment(tx, share.userId, share.paymentId, { reason, amount, byPolicy: false }, clock);
  await tx
    .update(mealOrderShares)
    .set({ refundedAmount: sql`${mealOrderShares.refundedAmount} + ${amount}`, updatedAt: clock() })
    .where(and(eq(mealOrderShares.postId, share.postId), eq(mealOrderShares.userId, share.userId)));
  return amount;
}

import { and, eq } from 'drizzle-orm';
import { mealOrders, mealOrderShares } from '@/db/schema';
import { conflict, notFound } from '@/lib/core/domain-error';
import type { PaymentPurpose } from '@/lib/payments/purposes';
import { recordEvent } from '@/lib/events/record';
import { trustInputChanged } from '@/lib/trust/events';
import { recordOrderUpdated } from './events';
import { paidIfComplete } from './completion';
import { isLive } from './queries';
import { PURPOSE } from './money';

const notPayable = () => conflict('지금은 이 주문을 결제할 수 없습니다.', undefined, 'order_not_payable');

/**
 * The `meal_order` payment purpose: the subject is the post, the amount the payer's locked share.
 * The organizer pays the restaurant and is never charged here. Approval holds the payment's lock
 * and then takes the order's (the order's money flows lock in the same order, lib/orders/money.ts).
 */
export const mealOrderPurpose: PaymentPurpose = {
  name: PURPOSE,
  async quote(tx, payer, postId) {
    const [row] = await tx
      .select({ order: mealOrders, share: mealOrderShares })
      .from(mealOrders)
      .leftJoin(mealOrderShares, and(eq(mealOrderShares.postId, mealOrders.postId), eq(mealOrderShares.userId, payer.id)))
      .where(eq(mealOrders.postId, postId));
    if (!row) throw notFound('주문을 찾을 수 없습니다.');
    const { order, share } = row;
    if (order.organizerId === payer.id) throw conflict('주최자는 가게에 직접 결제합니다. 동네에서 결제할 몫이 없어요.', undefined, 'organizer');
    if (!share || !isLive(share)) throw notFound('이 주문에 내 몫이 없습니다.');
    if (share.status === 'paid') throw conflict('이미 결제한 몫입니다.', undefined, 'already_paid');
    if (order.status !== 'locked') throw notPayable();
    return { amount: share.share, title: `${order.restaurant} 같이 주문 내 몫`, returnPath: `/posts/${postId}` };
  },
  async onApproved(tx, payment) {
    const [order] = await tx.select().from(mealOrders).where(eq(mealOrders.postId, payment.subjectId)).for('update');
    const [share] = await tx
      .select()
      .from(mealOrderShares)
      .where(and(eq(mealOrderShares.postId, payment.subjectId), eq(mealOrderShares.userId, payment.userId)));
    // Throwing rolls the approval back: nobody pays for an order that was cancelled, or a share that changed, meanwhile.
    if (!order || order.status !== 'locked' || share?.status !== 'unpaid' || share.share !== payment.amount) throw notPayable();
    await tx
      .update(mealOrderShares)
      .set({ status: 'paid', paymentId: payment.id, paidAmount: payment.amount, updatedAt: payment.updatedAt })
      .where(and(eq(mealOrderShares.postId, order.postId), eq(mealOrderShares.userId, payment.userId)));
    await paidIfComplete(tx, order, payment.updatedAt);
    await recordEvent(tx, trustInputChanged(payment.userId));
    await recordOrderUpdated(tx, order.postId);
  },
  async onReleased() {
    // Nothing is held for an unpaid share: the member can start a new checkout until payBy.
  },
  async refundable() {
    // Refunds follow the order's rules (withdraw, cancel, payBy), never a direct request.
    return 0;
  },
  async onCancelled() {
    // Only the order's own flows refund (byPolicy: false), and they record it on the share.
  },
};

import type { Db } from '@/db/client';
import type { MealOrder } from '@/db/schema';
import { won } from '@/lib/payments/labels';
import { notify } from '@/lib/notifications/notify';
import { clockTime } from '@/lib/core/seoul-time';

type OrderNoticeType = 'meal_order_locked' | 'meal_order_paid' | 'meal_order_dropped' | 'meal_order_cancelled' | 'meal_order_delivered';
type Recipient = { userId: number; title: string };

/**
 * One notice per recipient about this order, opening its post. The dedupe key names the order
 * (and its lock where a status can come round again), so a retried job never repeats one.
 */
function noticeAll(tx: Db, order: MealOrder, type: OrderNoticeType, recipients: Recipient[], options: { body?: string; perLock?: boolean } = {}) {
  const key = options.perLock ? `${type}:${order.postId}:${order.lockedAt?.getTime() ?? 0}` : `${type}:${order.postId}`;
  return notify(
    tx,
    recipients.map(({ userId, title }) => ({ userId, type, title, body: options.body ?? order.restaurant, link: `/posts/${order.postId}`, dedupeKey: key })),
  );
}

/** Locked: each member who owes is asked to pay their share by payBy, once per lock. */
export function noticeLocked(tx: Db, order: MealOrder, owing: { userId: number; share: number }[]) {
  const by = order.payBy ? clockTime(order.payBy) : '';
  const recipients = owing.map(({ userId, share }) => ({ userId, title: `주문이 확정됐어요. ${by}까지 내 몫 ${won(share)}을 결제해 주세요` }));
  return noticeAll(tx, order, 'meal_order_locked', recipients, { perLock: true });
}

export function noticePaid(tx: Db, order: MealOrder, userIds: number[]) {
  return noticeAll(tx, order, 'meal_order_paid', userIds.map((userId) => ({ userId, title: '모두 결제를 마쳤어요. 곧 주문할게요' })), { perLock: true });
}

export function noticeDropped(tx: Db, order: MealOrder, userIds: number[]) {
  return noticeAll(tx, order, 'meal_order_dropped', userIds.map((userId) => ({ userId, title: '결제 마감까지 결제하지 않아 주문에서 빠졌어요' })));
}

/** Cancelled: everyone in the order hears it with what comes back to them. */
export function noticeCancelled(tx: Db, order: MealOrder, refunds: { userId: number; refunded: number }[], reason: string) {
  const recipients = refunds.map(({ userId, refunded }) => ({
    userId,
    title: refunded > 0 ? `같이 주문이 취소됐어요. ${won(refunded)}을 전액 환불해 드려요` : '같이 주문이 취소됐어요',
  }));
  return noticeAll(tx, order, 'meal_order_cancelled', recipients, { body: `${order.restaurant} · ${reason}` });
}

export function noticeDelivered(tx: Db, order: MealOrder, userIds: number[]) {
  return noticeAll(tx, order, 'meal_order_delivered', userIds.map((userId) => ({ userId, title: `음식이 도착했어요. ${order.pickupPlace}에서 받아 가세요` })));
}

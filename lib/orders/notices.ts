import type { Db } from '@/db/client';
import type { MealOrder } from '@/db/schema';
import { won } from '@/lib/payments/labels';
import { notify } from '@/lib/notifications/notify';
import { clockTime } from '@/lib/core/seoul-time';

const link = (order: Pick<MealOrder, 'postId'>) => `/posts/${order.postId}`;

/** Locked: each member who owes is asked to pay their share by payBy; the dedupe key makes it once per lock. */
export async function noticeLocked(tx: Db, order: MealOrder, owing: { userId: number; share: number }[]) {
  const by = order.payBy ? clockTime(order.payBy) : '';
  await notify(
    tx,
    owing.map(({ userId, share }) => ({
      userId,
      type: 'meal_order_locked' as const,
      title: `주문이 확정됐어요. ${by}까지 내 몫 ${won(share)}을 결제해 주세요`,
      body: order.restaurant,
      link: link(order),
      dedupeKey: `meal_order_locked:${order.postId}:${order.lockedAt?.getTime() ?? 0}`,
    })),
  );
}

export async function noticePaid(tx: Db, order: MealOrder, userIds: number[]) {
  await notify(
    tx,
    userIds.map((userId) => ({
      userId,
      type: 'meal_order_paid' as const,
      title: '모두 결제를 마쳤어요. 곧 주문할게요',
      body: order.restaurant,
      link: link(order),
      dedupeKey: `meal_order_paid:${order.postId}:${order.lockedAt?.getTime() ?? 0}`,
    })),
  );
}

export async function noticeDropped(tx: Db, order: MealOrder, userIds: number[]) {
  await notify(
    tx,
    userIds.map((userId) => ({
      userId,
      type: 'meal_order_dropped' as const,
      title: '결제 마감까지 결제하지 않아 주문에서 빠졌어요',
      body: order.restaurant,
      link: link(order),
      dedupeKey: `meal_order_dropped:${order.postId}`,
    })),
  );
}

/** Cancelled: everyone in the order hears it with what comes back to them. */
export async function noticeCancelled(tx: Db, order: MealOrder, refunds: { userId: number; refunded: number }[], reason: string) {
  await notify(
    tx,
    refunds.map(({ userId, refunded }) => ({
      userId,
      type: 'meal_order_cancelled' as const,
      title: refunded > 0 ? `같이 주문이 취소됐어요. ${won(refunded)}을 전액 환불해 드려요` : '같이 주문이 취소됐어요',
      body: `${order.restaurant} · ${reason}`,
      link: link(order),
      dedupeKey: `meal_order_cancelled:${order.postId}`,
    })),
  );
}

export async function noticeDelivered(tx: Db, order: MealOrder, userIds: number[]) {
  await notify(
    tx,
    userIds.map((userId) => ({
      userId,
      type: 'meal_order_delivered' as const,
      title: `음식이 도착했어요. ${order.pickupPlace}에서 받아 가세요`,
      body: order.restaurant,
      link: link(order),
      dedupeKey: `meal_order_delivered:${order.postId}`,
    })),
  );
}

import { and, count, eq, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { pushSubscriptions, users } from '@/db/schema';
import { conflict, DomainError, fieldError, notFound } from '@/lib/core/domain-error';
import { transact } from '@/lib/core/transact';
import { isAllowedPushEndpoint } from './origins';
import type { SubscriptionBody } from './schema';
import { vapidKeys } from './vapid';

export const MAX_SUBSCRIPTIONS_PER_USER = 10;

export const pushUnavailable = () => new DomainError('unavailable', '이 서버에는 푸시 알림이 설정되어 있지 않습니다.');

const view = (s: typeof pushSubscriptions.$inferSelect) => ({ id: s.id, endpoint: s.endpoint, createdAt: s.createdAt.toISOString() });

/**
 * Saves a browser's subscription; the same endpoint again updates it (idempotent), and a device
 * that signed in as someone else moves to them. At most ten per user (409 past it): the count is
 * taken under the user's row lock, so parallel subscribes cannot pass it together.
 */
export async function subscribe(db: Db, userId: number, body: SubscriptionBody) {
  if (!vapidKeys()) throw pushUnavailable();
  if (!isAllowedPushEndpoint(body.endpoint)) throw fieldError('endpoint', '알려진 푸시 서비스의 https 주소가 아닙니다.');
  return transact(db, async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
    const [{ value: others } = { value: 0 }] = await tx
      .select({ value: count() })
      .from(pushSubscriptions)
      .where(and(eq(pushSubscriptions.userId, userId), ne(pushSubscriptions.endpoint, body.endpoint)));
    if (others >= MAX_SUBSCRIPTIONS_PER_USER) {
      throw conflict(`푸시 알림은 기기 ${MAX_SUBSCRIPTIONS_PER_USER}개까지 받을 수 있습니다. 쓰지 않는 기기에서 알림을 꺼 주세요.`, undefined, 'subscription_limit');
    }
    const values = { userId, endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth };
    const [row] = await tx
      .insert(pushSubscriptions)
      .values(values)
      .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: { userId, p256dh: values.p256dh, auth: values.auth } })
      .returning();
    return view(row!);
  });
}

/** Only the caller's own subscription; anything else is 404 (nobody learns whose an endpoint is). */
export async function unsubscribe(db: Db, userId: number, endpoint: string) {
  const deleted = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  if (!deleted.length) throw notFound('등록된 푸시 구독이 없습니다.');
}

export async function listSubscriptions(db: Db, userId: number) {
  const rows = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).orderBy(pushSubscriptions.id);
  return rows.map(view);
}

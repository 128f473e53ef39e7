import type { Db } from '@/db/client';
import { notifications, type Notification } from '@/db/schema';
import { recordEvents } from '@/lib/events/record';
import type { NotificationView } from './schema';
import type { NotificationType } from './types';

export type NewNotification = {
  userId: number;
  type: NotificationType;
  title: string;
  body?: string;
  link?: string;
  /** One row per user and key: a job that runs twice (or on two processes) notifies once. */
  dedupeKey?: string;
};

export type WrittenNotification = NotificationView & { userId: number };

export const toNotificationView = (n: Notification): NotificationView => ({
  id: n.id,
  type: n.type as NotificationType,
  title: n.title,
  body: n.body,
  link: n.link,
  isRead: n.readAt !== null,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

/**
 * Writes the rows and their `notification:new` events, in the caller's transaction: the
 * notification exists, and is pushed to its user's sockets, exactly when the change commits.
 * Returns what was written (duplicates by dedupeKey are skipped).
 */
export async function notify(db: Db, items: NewNotification[]): Promise<WrittenNotification[]> {
  if (!items.length) return [];
  const rows = await db
    .insert(notifications)
    .values(items.map((n) => ({ ...n, body: n.body ?? null, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })))
    .onConflictDoNothing()
    .returning();
  await recordEvents(db, rows.map((row) => ({ type: 'notification:new', payload: toNotificationView(row), audience: { users: [row.userId] } })));
  return rows.map((row) => ({ ...toNotificationView(row), userId: row.userId }));
}

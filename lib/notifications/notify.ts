import type { Db } from '@/db/client';
import { notifications, type Notification } from '@/db/schema';
import { emit } from '@/lib/realtime/emit';
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
 * Writes the rows, in the caller's transaction: the notification exists exactly when the
 * change does. Returns what was written (duplicates by dedupeKey are skipped) for
 * `pushNotifications` after commit.
 */
export async function notify(db: Db, items: NewNotification[]): Promise<WrittenNotification[]> {
  if (!items.length) return [];
  const rows = await db
    .insert(notifications)
    .values(items.map((n) => ({ ...n, body: n.body ?? null, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })))
    .onConflictDoNothing()
    .returning();
  return rows.map((row) => ({ ...toNotificationView(row), userId: row.userId }));
}

/** After commit: each notification to its user's sockets, on every app process. */
export function pushNotifications(rows: WrittenNotification[]) {
  for (const { userId, ...view } of rows) emit.notification(userId, view);
}

import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { pageInfo } from '@/lib/core/pagination';
import { toNotificationView } from './notify';

export async function unreadCount(db: Db, userId: number) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Newest first, with the page's total and the unread count from the same statement. */
export async function listNotifications(db: Db, userId: number, q: { unread?: boolean; page: number; size: number }) {
  const where = and(eq(notifications.userId, userId), q.unread ? isNull(notifications.readAt) : undefined);
  const rows = await db
    .select({
      row: notifications,
      total: sql<number>`count(*) over ()`.mapWith(Number),
      unread: sql<number>`(select count(*) from ${notifications} n where n.user_id = ${userId} and n.read_at is null)`.mapWith(Number),
    })
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.id))
    .limit(q.size)
    .offset((q.page - 1) * q.size);
  // A page past the end has no rows to carry the counts.
  const [total, unread] = rows.length
    ? [rows[0]!.total, rows[0]!.unread]
    : await Promise.all([
        db.$count(notifications, where),
        unreadCount(db, userId),
      ]);
  return { items: rows.map((r) => toNotificationView(r.row)), page: pageInfo(q.page, q.size, total), unreadCount: unread };
}

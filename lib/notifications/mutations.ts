import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { unreadCount } from './queries';
import type { MarkReadBody } from './schema';

/** Marks the user's own notifications read (others' ids are ignored) and returns what stays unread. */
export async function markRead(db: Db, userId: number, body: MarkReadBody) {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        'ids' in body ? inArray(notifications.id, body.ids) : undefined,
      ),
    );
  return unreadCount(db, userId);
}

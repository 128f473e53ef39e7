import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { recordEvent } from '@/lib/events/record';
import { unreadCount } from './queries';
import type { MarkReadBody } from './schema';

/**
 * Marks the user's own notifications read (others' ids are ignored) and returns what stays
 * unread; the bell in the user's other tabs follows (`notification:read`).
 */
export async function markRead(db: Db, userId: number, body: MarkReadBody) {
  return db.transaction(async (tx) => {
    await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.userId, userId),
          isNull(notifications.readAt),
          'ids' in body ? inArray(notifications.id, body.ids) : undefined,
        ),
      );
    const unread = await unreadCount(tx, userId);
    await recordEvent(tx, { type: 'notification:read', payload: { unreadCount: unread }, audience: { users: [userId] } });
    return unread;
  });
}

import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { timestamptz, timestampNow } from './columns';
import { userRef, users } from './accounts';

/** One-way, like a contact list: the owner added the friend. Both rows present = mutual. */
export const friendships = pgTable(
  'friendships',
  {
    userId: userRef('cascade'),
    friendId: userRef('cascade'),
    createdAt: timestampNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.friendId] }),
    index('friendships_friend_id_idx').on(t.friendId),
    check('friendships_not_self_check', sql`${t.userId} <> ${t.friendId}`),
  ],
);

/** The blocker no longer hears from the blocked user: no direct messages, not found in search. */
export const blocks = pgTable(
  'blocks',
  {
    blockerId: userRef('cascade'),
    blockedId: userRef('cascade'),
    createdAt: timestampNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    index('blocks_blocked_id_idx').on(t.blockedId),
    check('blocks_not_self_check', sql`${t.blockerId} <> ${t.blockedId}`),
  ],
);

export type Friendship = typeof friendships.$inferSelect;
export type Block = typeof blocks.$inferSelect;

/**
 * Online while `onlineSince` is set (a socket of the user is connected on some app process);
 * the last socket to close clears it and stamps `lastSeenAt`. Kept apart from `users` so that
 * connecting doesn't rewrite (and evict from every process's cache) the user's row.
 */
export const presences = pgTable('presences', {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  onlineSince: timestamptz(),
  lastSeenAt: timestamptz(),
  /** Refreshed by the process holding the user's sockets; a stale one means that process died. */
  heartbeatAt: timestamptz(),
});

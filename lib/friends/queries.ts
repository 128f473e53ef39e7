import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { blocks, chatRooms, friendships, presences, users } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { pageInfo } from '@/lib/core/pagination';
import type { BlockView, FriendView, Presence } from './schema';

export const toPresence = (row: { onlineSince: Date | null; lastSeenAt: Date | null } | null): Presence => ({
  online: Boolean(row?.onlineSince),
  lastSeenAt: row?.lastSeenAt?.toISOString() ?? null,
});

/** They listed `viewerId` as a friend (so their private details open to the viewer). */
export const listsAsFriend = (userId: typeof users.id, viewerId: number) =>
  sql<boolean>`exists (select 1 from ${friendships} r where r.user_id = ${userId} and r.friend_id = ${viewerId})`;

const selectFriends = (db: Db, userId: number) =>
  db
    .select({
      friendship: friendships,
      user: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey, status: users.status, isPrivate: users.isPrivate },
      isMutual: listsAsFriend(users.id, userId),
      // drizzle nulls a left-joined object when its first column is null: lead with the key.
      presence: { userId: presences.userId, onlineSince: presences.onlineSince, lastSeenAt: presences.lastSeenAt },
    })
    .from(friendships)
    .innerJoin(users, eq(users.id, friendships.friendId))
    .leftJoin(presences, eq(presences.userId, friendships.friendId));

type FriendRow = Awaited<ReturnType<ReturnType<typeof selectFriends>['where']>>[number];

const toFriend = (r: FriendRow): FriendView => ({
  user: toUserRef(r.user),
  status: !r.user.isPrivate || r.isMutual ? r.user.status : null,
  isMutual: Boolean(r.isMutual),
  presence: toPresence(r.presence),
  createdAt: r.friendship.createdAt.toISOString(),
});

/** My friend list, online first, then by name; deleted accounts drop out until restored. */
export async function listFriends(db: Db, userId: number, { page, size }: { page: number; size: number }) {
  const where = and(eq(friendships.userId, userId), eq(users.isActive, true));
  const [rows, [total]] = await Promise.all([
    selectFriends(db, userId)
      .where(where)
      .orderBy(sql`${presences.onlineSince} is null`, asc(users.username))
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(friendships).innerJoin(users, eq(users.id, friendships.friendId)).where(where),
  ]);
  return { items: rows.map(toFriend), page: pageInfo(page, size, total?.n ?? 0) };
}

export async function getFriend(db: Db, userId: number, friendId: number): Promise<FriendView | undefined> {
  const [row] = await selectFriends(db, userId).where(and(eq(friendships.userId, userId), eq(friendships.friendId, friendId)));
  return row && toFriend(row);
}

export async function listBlocks(db: Db, userId: number): Promise<{ items: BlockView[] }> {
  const rows = await db
    .select({ block: blocks, user: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey } })
    .from(blocks)
    .innerJoin(users, eq(users.id, blocks.blockedId))
    .where(eq(blocks.blockerId, userId))
    .orderBy(asc(users.username));
  return { items: rows.map((r) => ({ user: toUserRef(r.user), createdAt: r.block.createdAt.toISOString() })) };
}

/** Who `a` and `b` block: either direction, in one query. */
export async function blocksBetween(db: Db, a: number, b: number) {
  const rows = await db
    .select({ blockerId: blocks.blockerId })
    .from(blocks)
    .where(or(and(eq(blocks.blockerId, a), eq(blocks.blockedId, b)), and(eq(blocks.blockerId, b), eq(blocks.blockedId, a))));
  return { aBlocksB: rows.some((r) => r.blockerId === a), bBlocksA: rows.some((r) => r.blockerId === b) };
}

/**
 * Who hears about `userId` coming and going: everyone who has them as a friend and everyone
 * they share a direct room with, minus the people they blocked.
 */
export async function presenceAudience(db: Db, userId: number): Promise<number[]> {
  const [fans, partners, blocked] = await Promise.all([
    db.select({ id: friendships.userId }).from(friendships).where(eq(friendships.friendId, userId)),
    db
      .select({ low: chatRooms.directLowUserId, high: chatRooms.directHighUserId })
      .from(chatRooms)
      .where(or(eq(chatRooms.directLowUserId, userId), eq(chatRooms.directHighUserId, userId))),
    db.select({ id: blocks.blockedId }).from(blocks).where(eq(blocks.blockerId, userId)),
  ]);
  const excluded = new Set([userId, ...blocked.map((r) => r.id)]);
  const ids = [...fans.map((r) => r.id), ...partners.flatMap((r) => [r.low!, r.high!])];
  return [...new Set(ids)].filter((id) => !excluded.has(id));
}

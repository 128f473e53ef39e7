import { and, eq, inArray, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { blocks, friendships, presences, users, type User } from '@/db/schema';
import { findUserByEmail } from '@/lib/accounts/queries';
import { conflict, fieldError, invalid, notFound } from '@/lib/core/domain-error';
import { recordEvent, recordEvents } from '@/lib/events/record';
import { transact } from '@/lib/core/transact';
import { notify } from '@/lib/notifications/notify';
import { presenceChanged } from './events';
import { blocksBetween, getFriend } from './queries';
import type { AddFriendInput, FriendView } from './schema';

const unknownUser = (input: AddFriendInput) =>
  notFound(input.email !== undefined ? '그 이메일로 가입한 이웃을 찾을 수 없습니다.' : '사용자를 찾을 수 없습니다.');

const findTarget = async (db: Db, { email, userId }: AddFriendInput) =>
  email !== undefined ? findUserByEmail(db, email) : (await db.select().from(users).where(eq(users.id, userId!)))[0];

/**
 * Adds someone to my list by their email (or id). A user who blocked me is as unknown as a missing
 * one (404); someone I blocked must be unblocked first (409).
 */
export async function addFriend(db: Db, user: User, input: AddFriendInput): Promise<FriendView> {
  const target = await findTarget(db, input);
  if (!target || !target.isActive) throw unknownUser(input);
  if (target.id === user.id) throw fieldError(input.email !== undefined ? 'email' : 'userId', '자기 자신은 친구로 추가할 수 없습니다.');
  const { aBlocksB: iBlock, bBlocksA: blocksMe } = await blocksBetween(db, user.id, target.id);
  if (blocksMe) throw unknownUser(input);
  if (iBlock) throw conflict('차단한 이웃입니다. 먼저 차단을 풀어 주세요.', undefined, 'blocked');
  // The friend hears of it (it was silent); a second add is refused before anyone is told twice.
  const created = await transact(db, async (tx) => {
    const [row] = await tx.insert(friendships).values({ userId: user.id, friendId: target.id }).onConflictDoNothing().returning();
    if (row) await notify(tx, [{ userId: target.id, type: 'friend_added', title: `${user.username}님이 나를 친구로 추가했어요`, link: `/users/${user.id}` }]);
    return row;
  });
  if (!created) throw conflict('이미 친구 목록에 있는 이웃입니다.', undefined, 'already_friend');
  return (await getFriend(db, user.id, target.id))!;
}

export async function removeFriend(db: Db, userId: number, friendId: number) {
  const deleted = await db
    .delete(friendships)
    .where(and(eq(friendships.userId, userId), eq(friendships.friendId, friendId)))
    .returning();
  if (!deleted.length) throw notFound('친구 목록에 없는 이웃입니다.');
}

/**
 * Blocks a user: from now on they can't message me or find me, and neither of us keeps the
 * other in a friend list (so my comings and goings no longer reach them).
 */
export async function blockUser(db: Db, user: User, targetId: number) {
  if (targetId === user.id) throw invalid('자기 자신은 차단할 수 없습니다.');
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, targetId), eq(users.isActive, true)));
    if (!target) throw notFound('사용자를 찾을 수 없습니다.');
    const [created] = await tx.insert(blocks).values({ blockerId: user.id, blockedId: targetId }).onConflictDoNothing().returning();
    if (!created) throw conflict('이미 차단한 이웃입니다.', undefined, 'already_blocked');
    await tx
      .delete(friendships)
      .where(
        or(
          and(eq(friendships.userId, user.id), eq(friendships.friendId, targetId)),
          and(eq(friendships.userId, targetId), eq(friendships.friendId, user.id)),
        ),
      );
    return { userId: targetId, createdAt: created.createdAt.toISOString() };
  });
}

export async function unblockUser(db: Db, userId: number, targetId: number) {
  const deleted = await db
    .delete(blocks)
    .where(and(eq(blocks.blockerId, userId), eq(blocks.blockedId, targetId)))
    .returning();
  if (!deleted.length) throw notFound('차단하지 않은 이웃입니다.');
}

/**
 * A socket of the user connected at `at`. True when this took them from offline to online.
 * The row lock orders concurrent connects and disconnects of one user.
 */
export async function markOnline(db: Db, userId: number, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(presences).where(eq(presences.userId, userId)).for('update');
    await tx
      .insert(presences)
      .values({ userId, onlineSince: at, heartbeatAt: at })
      .onConflictDoUpdate({ target: presences.userId, set: { onlineSince: at, heartbeatAt: at } });
    const cameOnline = !before?.onlineSince;
    if (cameOnline) await recordEvent(tx, presenceChanged({ userId, online: true, lastSeenAt: null }));
    return cameOnline;
  });
}

/**
 * The user's last socket closed at `at`: offline from now, last seen then. A connect stamped
 * after `at` (a new tab, another process) wins, so a late disconnect can't undo it.
 */
export async function markOffline(db: Db, userId: number, at: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(presences)
      .set({ onlineSince: null, lastSeenAt: at })
      .where(and(eq(presences.userId, userId), isNotNull(presences.onlineSince), lte(presences.onlineSince, at)))
      .returning();
    if (row) await recordEvent(tx, presenceChanged({ userId, online: false, lastSeenAt: at.toISOString() }));
    return row ?? null;
  });
}

/** Every process, every PRESENCE_HEARTBEAT_MS: its connected users are still here. */
export async function heartbeatPresence(db: Db, userIds: number[], at: Date) {
  if (!userIds.length) return;
  await db
    .update(presences)
    .set({ heartbeatAt: at })
    .where(and(inArray(presences.userId, userIds), isNotNull(presences.onlineSince)));
}

export const PRESENCE_HEARTBEAT_MS = 10_000;
const PRESENCE_EXPIRY_MS = 3 * PRESENCE_HEARTBEAT_MS;

/**
 * Job: users whose heartbeat stopped (their process died with their sockets) go offline, last
 * seen at their last heartbeat. Conditional, so several processes may run it at once.
 */
export async function expireStalePresence(db: Db, now: Date) {
  return db.transaction(async (tx) => {
    const gone = await tx
      .update(presences)
      .set({ onlineSince: null, lastSeenAt: presences.heartbeatAt })
      .where(and(isNotNull(presences.onlineSince), lt(presences.heartbeatAt, new Date(now.getTime() - PRESENCE_EXPIRY_MS))))
      .returning();
    await recordEvents(tx, gone.map((p) => presenceChanged({ userId: p.userId, online: false, lastSeenAt: p.lastSeenAt?.toISOString() ?? null })));
    return gone.length;
  });
}

/** At the start of a lone app process nobody can be connected yet: clear what a crash left behind. */
export async function resetPresence(db: Db) {
  await db
    .update(presences)
    .set({ onlineSince: null, lastSeenAt: sql`greatest(${presences.lastSeenAt}, ${presences.onlineSince})` })
    .where(isNotNull(presences.onlineSince));
}

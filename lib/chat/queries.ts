import { and, asc, desc, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatBans, chatMembers, chatMessages, chatRooms, mealPosts, users, type ChatMessage, type ChatRoom } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { forbidden, notFound } from '@/lib/core/domain-error';
import type { ChatMessageView, ChatRoomView } from './schema';

const userColumns = { id: users.id, username: users.username, isActive: users.isActive };

export const toMessageView = (m: ChatMessage, user: { id: number; username: string; isActive: boolean } | null): ChatMessageView => ({
  id: m.id,
  roomId: m.roomId,
  body: m.body,
  kind: m.kind,
  user: user ? toUserRef(user) : null,
  clientId: m.clientId,
  hiddenAt: m.hiddenAt?.toISOString() ?? null,
  createdAt: m.createdAt.toISOString(),
});

/** A room's last message as a preview: one hidden by moderation keeps its place but not its text, except for its sender. */
const previewFor = (message: ChatMessageView | null, userId: number): ChatMessageView | null =>
  message?.hiddenAt && message.user?.id !== userId ? { ...message, body: '신고로 숨겨진 메시지입니다.' } : message;

/** Messages by id with their senders, in one query. */
export async function messagesByIds(db: Db, ids: number[]): Promise<Map<number, ChatMessageView>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ message: chatMessages, user: userColumns })
    .from(chatMessages)
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .where(inArray(chatMessages.id, ids));
  return new Map(rows.map((r) => [r.message.id, toMessageView(r.message, r.user)]));
}

export async function getMembership(db: Db, roomId: number, userId: number) {
  const [row] = await db
    .select({
      room: chatRooms,
      isMember: sql<boolean>`exists (select 1 from ${chatMembers} where ${chatMembers.roomId} = ${chatRooms.id} and ${chatMembers.userId} = ${userId})`,
      isBanned: sql<boolean>`exists (select 1 from ${chatBans} where ${chatBans.roomId} = ${chatRooms.id} and ${chatBans.userId} = ${userId})`,
    })
    .from(chatRooms)
    .where(eq(chatRooms.id, roomId));
  if (!row) throw notFound('채팅방을 찾을 수 없습니다.');
  return row;
}

/** The room for a member; 404 when it doesn't exist, 403 for anyone else. */
export async function requireMember(db: Db, roomId: number, userId: number): Promise<ChatRoom> {
  const { room, isMember, isBanned } = await getMembership(db, roomId, userId);
  if (isBanned) throw forbidden('이 채팅방에서 내보내졌습니다.');
  if (!isMember) throw forbidden('채팅방 멤버만 볼 수 있습니다.');
  return room;
}

const unreadCount = (userId: number) =>
  sql<number>`(select count(*)::int from ${chatMessages} x where x.room_id = ${chatRooms.id}
    and x.id > ${chatMembers.lastReadMessageId} and x.user_id is distinct from ${userId})`;
const lastMessageId = sql<number | null>`(select max(x.id) from ${chatMessages} x where x.room_id = ${chatRooms.id})`;

/** My rooms, most recently active first, each with its last message and my unread count (two queries). */
export async function listMyRooms(db: Db, userId: number): Promise<ChatRoomView[]> {
  const rows = await db
    .select({
      room: chatRooms,
      postId: mealPosts.id,
      unread: unreadCount(userId),
      lastMessageId,
    })
    .from(chatMembers)
    .innerJoin(chatRooms, eq(chatRooms.id, chatMembers.roomId))
    .leftJoin(mealPosts, eq(mealPosts.chatRoomId, chatRooms.id))
    .where(eq(chatMembers.userId, userId))
    .orderBy(desc(sql`coalesce(${lastMessageId}, 0)`), desc(chatRooms.id));
  const messages = await messagesByIds(db, rows.map((r) => Number(r.lastMessageId)).filter(Boolean));
  return rows.map((r) => ({
    ...roomFields(r.room, r.postId),
    isMember: true,
    isBanned: false,
    lastMessage: r.lastMessageId ? previewFor(messages.get(Number(r.lastMessageId)) ?? null, userId) : null,
    unreadCount: Number(r.unread),
  }));
}

const roomFields = (room: ChatRoom, postId: number | null) => ({
  id: room.id,
  kind: room.kind,
  title: room.title,
  ownerId: room.ownerId,
  memberCount: room.memberCount,
  capacity: room.capacity,
  isClosed: room.isClosed,
  postId,
  createdAt: room.createdAt.toISOString(),
});

/** One room as the caller sees it; private (direct) rooms are not found by outsiders. */
export async function getRoomView(db: Db, roomId: number, userId: number): Promise<ChatRoomView> {
  const [row] = await db
    .select({
      room: chatRooms,
      postId: mealPosts.id,
      member: chatMembers,
      isBanned: sql<boolean>`exists (select 1 from ${chatBans} where ${chatBans.roomId} = ${chatRooms.id} and ${chatBans.userId} = ${userId})`,
      lastMessageId,
    })
    .from(chatRooms)
    .leftJoin(mealPosts, eq(mealPosts.chatRoomId, chatRooms.id))
    .leftJoin(chatMembers, and(eq(chatMembers.roomId, chatRooms.id), eq(chatMembers.userId, userId)))
    .where(eq(chatRooms.id, roomId));
  if (!row || (row.room.kind === 'direct' && !row.member)) throw notFound('채팅방을 찾을 수 없습니다.');
  let unread = 0;
  let lastMessage: ChatMessageView | null = null;
  if (row.member) {
    const [counted] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(chatMessages)
      .where(
        and(
          eq(chatMessages.roomId, roomId),
          gt(chatMessages.id, row.member.lastReadMessageId),
          or(isNull(chatMessages.userId), ne(chatMessages.userId, userId)),
        ),
      );
    unread = Number(counted?.n ?? 0);
    if (row.lastMessageId) lastMessage = previewFor((await messagesByIds(db, [Number(row.lastMessageId)])).get(Number(row.lastMessageId)) ?? null, userId);
  }
  return { ...roomFields(row.room, row.postId), isMember: Boolean(row.member), isBanned: Boolean(row.isBanned), lastMessage, unreadCount: unread };
}

export async function listMembers(db: Db, roomId: number, userId: number) {
  const room = await requireMember(db, roomId, userId);
  const rows = await db
    .select({ member: chatMembers, user: userColumns })
    .from(chatMembers)
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .where(eq(chatMembers.roomId, roomId))
    .orderBy(asc(chatMembers.joinedAt), asc(chatMembers.userId));
  return {
    items: rows.map((r) => ({ user: toUserRef(r.user), isOwner: r.user.id === room.ownerId, joinedAt: r.member.joinedAt.toISOString() })),
  };
}

/** History page, oldest first; nextCursor is the `before` for the page of older messages. */
export async function listMessages(
  db: Db,
  roomId: number,
  userId: number,
  { before, limit, after }: { before?: number; limit: number; after?: number },
) {
  await requireMember(db, roomId, userId);
  const rows = await db
    .select({ message: chatMessages, user: userColumns })
    .from(chatMessages)
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .where(
      and(
        eq(chatMessages.roomId, roomId),
        or(isNull(chatMessages.hiddenAt), eq(chatMessages.userId, userId)),
        before ? lt(chatMessages.id, before) : undefined,
        after ? gt(chatMessages.id, after) : undefined,
      ),
    )
    .orderBy(after ? asc(chatMessages.id) : desc(chatMessages.id))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (!after) page.reverse();
  return {
    items: page.map((r) => toMessageView(r.message, r.user)),
    // Backwards: the `before` for older messages. Forwards (catch-up): the `after` for the rest.
    nextCursor: hasMore ? ((after ? page.at(-1) : page[0])?.message.id ?? null) : null,
  };
}

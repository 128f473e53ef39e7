import { and, asc, desc, eq, gt, inArray, isNull, lt, ne, or, sql, type Placeholder } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerDb } from '@/db/prepared';
import { blocks, chatBans, chatMembers, chatMessageColumns, chatMessages, chatRooms, mealPosts, presences, users, type ChatRoom } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { listsAsFriend, toPresence } from '@/lib/friends/queries';
import { messageColumns, readMarkers, toMessageView, unreadFor, userColumns } from './message-view';
import type { ChatMessageView, ChatRoomView, DirectPeer } from './schema';

/** A room's last message as a preview: one hidden by moderation keeps its place but not its text, except for its sender. */
const previewFor = (message: ChatMessageView | null, userId: number): ChatMessageView | null =>
  message?.hiddenAt && message.user?.id !== userId ? { ...message, body: '신고로 숨겨진 메시지입니다.' } : message;

/**
 * Messages by id with their senders, in one query (room-list previews), each with its KakaoTalk
 * number counted from the room's read markers (see `unreadFor`).
 */
export async function messagesByIds(db: Db, ids: number[], viewerId: number): Promise<Map<number, ChatMessageView>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      ...messageColumns(viewerId),
      unread: sql<number>`(select count(*)::int from ${chatMembers} r where r.room_id = ${chatMessages.roomId}
        and r.user_id is distinct from ${chatMessages.userId} and r.last_read_message_id < ${chatMessages.id})`,
    })
    .from(chatMessages)
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .where(inArray(chatMessages.id, ids));
  return new Map(rows.map((r) => [r.message.id, toMessageView(r, Number(r.unread))]));
}

/** Whether `userId` may be in the room of the row being selected (chat_rooms in the query). */
export const membershipFlags = (userId: number | Placeholder) => ({
  isMember: sql<boolean>`exists (select 1 from ${chatMembers} where ${chatMembers.roomId} = ${chatRooms.id} and ${chatMembers.userId} = ${userId})`,
  isBanned: sql<boolean>`exists (select 1 from ${chatBans} where ${chatBans.roomId} = ${chatRooms.id} and ${chatBans.userId} = ${userId})`,
  // Direct rooms only (the pair columns are null elsewhere): a block between the two.
  blockedByPeer: sql<boolean>`exists (select 1 from ${blocks} b where b.blocked_id = ${userId}
    and b.blocker_id in (${chatRooms.directLowUserId}, ${chatRooms.directHighUserId}))`,
  blocksPeer: sql<boolean>`exists (select 1 from ${blocks} b where b.blocker_id = ${userId}
    and b.blocked_id in (${chatRooms.directLowUserId}, ${chatRooms.directHighUserId}))`,
});

/** `assertMember`'s rule without `writing`, in SQL of the chat_rooms row being selected: true exactly when it passes. */
export function memberMayRead(userId: number | Placeholder) {
  const { isMember, isBanned, blockedByPeer } = membershipFlags(userId);
  return sql<boolean>`(${isMember} and not ${isBanned} and not ${blockedByPeer})`;
}

type Membership = { room: ChatRoom } & { [K in keyof ReturnType<typeof membershipFlags>]: boolean };

// Every chat action starts here: prepared, its SQL is built once rather than on every message.
const membershipOf = preparedPerDb((db) =>
  db
    .select({ room: chatRooms, ...membershipFlags(sql.placeholder('userId')) })
    .from(chatRooms)
    .where(eq(chatRooms.id, sql.placeholder('roomId')))
    .prepare('chat_membership'),
);

export async function getMembership(db: Db, roomId: number, userId: number) {
  const [row] = await membershipOf(db).execute({ roomId, userId });
  if (!row) throw notFound('채팅방을 찾을 수 없습니다.');
  return row;
}

/** A message with its room and my standing in it, in one query (null when there is no such message). */
const messageMembershipOf = preparedPerDb((db) =>
  db
    .select({ message: chatMessageColumns, room: chatRooms, ...membershipFlags(sql.placeholder('userId')) })
    .from(chatMessages)
    .innerJoin(chatRooms, eq(chatRooms.id, chatMessages.roomId))
    .where(eq(chatMessages.id, sql.placeholder('messageId')))
    .prepare('chat_message_membership'),
);

export async function getMessageMembership(db: Db, messageId: number, userId: number) {
  const [row] = await messageMembershipOf(db).execute({ messageId, userId });
  return row ?? null;
}

type MemberOptions = { writing?: boolean; hideFromOutsiders?: boolean };

/**
 * The room for a member; 403 for anyone else. In a direct room, someone the other person
 * blocked is shut out (403), and with `writing` so is a member who blocked the other person
 * (they can still read their history). `hideFromOutsiders` answers 404 instead of 403 to
 * non-members and banned users.
 */
export function assertMember({ room, isMember, isBanned, blockedByPeer, blocksPeer }: Membership, { writing = false, hideFromOutsiders = false }: MemberOptions = {}): ChatRoom {
  // The routes added with photos, reactions, edits and search don't tell outsiders a room exists.
  if (hideFromOutsiders && (isBanned || !isMember)) throw notFound('채팅방을 찾을 수 없습니다.');
  if (isBanned) throw forbidden('이 채팅방에서 내보내졌습니다.');
  if (!isMember) throw forbidden('채팅방 멤버만 볼 수 있습니다.');
  if (blockedByPeer) throw forbidden('상대방이 대화를 원하지 않습니다.');
  if (writing && blocksPeer) throw forbidden('차단한 이웃에게는 메시지를 보낼 수 없습니다. 차단을 풀면 대화할 수 있어요.');
  return room;
}

/** A statement that checks membership itself refused, yet the reads that explain refusals pass: the room changed in between. */
export const roomChangedMeanwhile = () => conflict('채팅방이 방금 바뀌었어요. 다시 시도해 주세요.');

/** The room for a member (`assertMember`); 404 when it doesn't exist. */
export async function requireMember(db: Db, roomId: number, userId: number, options: MemberOptions = {}): Promise<ChatRoom> {
  return assertMember(await getMembership(db, roomId, userId), options);
}

/** The other member of each direct room, as `viewerId` sees them (one query). */
export async function directPeers(db: Db, rooms: ChatRoom[], viewerId: number): Promise<Map<number, DirectPeer>> {
  const direct = rooms.filter((r) => r.kind === 'direct');
  if (!direct.length) return new Map();
  const rows = await db
    .select({
      roomId: chatMembers.roomId,
      lastReadMessageId: chatMembers.lastReadMessageId,
      user: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey, status: users.status, isPrivate: users.isPrivate },
      listsMe: listsAsFriend(users.id, viewerId),
      // drizzle nulls a left-joined object when its first column is null: lead with the key.
      presence: { userId: presences.userId, onlineSince: presences.onlineSince, lastSeenAt: presences.lastSeenAt },
    })
    .from(chatMembers)
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .leftJoin(presences, eq(presences.userId, users.id))
    .where(and(inArray(chatMembers.roomId, direct.map((r) => r.id)), ne(chatMembers.userId, viewerId)));
  return new Map(
    rows.map((r) => [
      r.roomId,
      {
        user: toUserRef(r.user),
        status: r.user.isActive && (!r.user.isPrivate || r.listsMe) ? r.user.status : null,
        presence: toPresence(r.user.isActive ? r.presence : null),
        lastReadMessageId: r.lastReadMessageId,
      },
    ]),
  );
}

/** A direct room is called by the other person's name; others keep their own title. */
const withPeer = (view: Omit<ChatRoomView, 'peer'>, peers: Map<number, DirectPeer>): ChatRoomView => {
  const peer = peers.get(view.id) ?? null;
  return { ...view, title: peer ? peer.user.username : view.title, peer };
};

const unreadCount = (userId: number) =>
  sql<number>`(select count(*)::int from ${chatMessages} x where x.room_id = ${chatRooms.id}
    and x.id > ${chatMembers.lastReadMessageId} and x.user_id is distinct from ${userId})`;
const lastMessageId = sql<number | null>`(select max(x.id) from ${chatMessages} x where x.room_id = ${chatRooms.id})`;

/**
 * A row of my rooms list, read from my chat_members rows joined to their rooms (and to
 * meal_posts for the post's id): the room, my unread count and its last message's id.
 */
export const myRoomColumns = (userId: number) => ({ room: chatRooms, postId: mealPosts.id, unread: unreadCount(userId), lastMessageId });
/** Most recently active first. */
export const myRoomsOrder = [desc(sql`coalesce(${lastMessageId}, 0)`), desc(chatRooms.id)];
export type MyRoomRow = { room: ChatRoom; postId: number | null; unread: number; lastMessageId: number | null };

/**
 * My rooms' rows as I see them. Their last messages and the other members of direct rooms take
 * a statement each (in parallel, and only when there are any).
 */
export async function toMyRoomViews(db: Db, rows: MyRoomRow[], userId: number): Promise<ChatRoomView[]> {
  const [messages, peers] = await Promise.all([
    messagesByIds(db, rows.map((r) => Number(r.lastMessageId)).filter(Boolean), userId),
    directPeers(db, rows.map((r) => r.room), userId),
  ]);
  return rows.map((r) =>
    withPeer(
      {
        ...roomFields(r.room, r.postId),
        isMember: true,
        isBanned: false,
        lastMessage: r.lastMessageId ? previewFor(messages.get(Number(r.lastMessageId)) ?? null, userId) : null,
        unreadCount: Number(r.unread),
      },
      peers,
    ),
  );
}

/** My rooms, most recently active first, each with its last message and my unread count (at most three statements). */
export async function listMyRooms(db: Db, userId: number): Promise<ChatRoomView[]> {
  const rows = await db
    .select(myRoomColumns(userId))
    .from(chatMembers)
    .innerJoin(chatRooms, eq(chatRooms.id, chatMembers.roomId))
    .leftJoin(mealPosts, eq(mealPosts.chatRoomId, chatRooms.id))
    .where(eq(chatMembers.userId, userId))
    .orderBy(...myRoomsOrder);
  return toMyRoomViews(db, rows, userId);
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
    if (row.lastMessageId) lastMessage = previewFor((await messagesByIds(db, [Number(row.lastMessageId)], userId)).get(Number(row.lastMessageId)) ?? null, userId);
  }
  const peers = await directPeers(db, [row.room], userId);
  return withPeer(
    { ...roomFields(row.room, row.postId), isMember: Boolean(row.member), isBanned: Boolean(row.isBanned), lastMessage, unreadCount: unread },
    peers,
  );
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

/**
 * History page, oldest first; nextCursor is the `before` for the page of older messages. Three
 * statements at any room size: membership, the page (with photos, reactions and mentions) and
 * the members' read markers, from which each message's unread count is worked out here.
 */
export async function listMessages(
  db: Db,
  roomId: number,
  userId: number,
  { before, limit, after }: { before?: number; limit: number; after?: number },
) {
  await requireMember(db, roomId, userId);
  const markers = readMarkers(db, roomId);
  const rows = await db
    .select(messageColumns(userId))
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
  const read = await markers;
  return {
    items: page.map((r) => toMessageView(r, unreadFor(r.message, read))),
    // Backwards: the `before` for older messages. Forwards (catch-up): the `after` for the rest.
    nextCursor: hasMore ? ((after ? page.at(-1) : page[0])?.message.id ?? null) : null,
  };
}

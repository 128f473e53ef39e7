import { and, eq, gte, isNull, lt, or, sql, type SQLWrapper } from 'drizzle-orm';
import { boundedCache } from '@/lib/core/bounded-cache';
import type { Db } from '@/db/client';
import { chatBans, chatImages, chatMembers, chatMessageColumns, chatMessages, chatRooms, users, type ChatRoom, type ChatRoomKind, type ReplySnapshot, type User } from '@/db/schema';
import { actionPointCtes, actionRefused, takeActionPoint } from '@/lib/accounts/action-limits';
import { withCtes } from '@/db/ctes';
import { preparedPerDb } from '@/db/prepared';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { assertMayJoinPostRoom } from '@/lib/trust/policy';
import { assertNotSuspended } from '@/lib/moderation/policy';
import { findActiveUser } from '@/lib/accounts/queries';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { commitWithoutFlush, transact } from '@/lib/core/transact';
import { imageStore, type ImageStore } from '@/lib/images/store';
import { processSingleton } from '@/lib/core/process-singleton';
import { countRecorded, eventValues, recordEvent, recordEvents } from '@/lib/events/record';
import { memberBanned, memberJoined, memberLeft, messageDeleted, messageNew, messageNewSql, readState, readStateSql, recordPostRoomChanged, roomAudienceColumns, roomDeletedEvents } from './events';
import { firstDirectNotice, mealPostJoinNotices } from './join-notices';
import { mentionedMembers, mentionNotices, replySnapshot } from './message-access';
import { chatImageFiles, messageColumns, readMarkers, toMessageView, unreadFor, type StoredImage } from './message-view';
import { mentionedIds } from './mentions';
import { getMembership, memberMayRead, membershipFlags, requireMember, roomChangedMeanwhile } from './queries';
import type { ChatMessageView, MessageInput } from './schema';

async function systemMessage(tx: Db, roomId: number, user: Pick<User, 'id' | 'username' | 'isActive' | 'avatarKey'>, body: string) {
  const [message] = await tx.insert(chatMessages).values({ roomId, userId: user.id, kind: 'system', body }).returning(chatMessageColumns);
  return toMessageView({ message: message!, user });
}

/** A room with its owner seated; callers run it inside their own transaction. */
export async function createRoom(
  tx: Db,
  { kind, title, owner, capacity }: { kind: ChatRoomKind; title: string; owner: User; capacity: number | null },
) {
  const [room] = await tx.insert(chatRooms).values({ kind, title, ownerId: owner.id, capacity, memberCount: 1 }).returning();
  await tx.insert(chatMembers).values({ roomId: room!.id, userId: owner.id });
  await systemMessage(tx, room!.id, owner, `${owner.username}님이 방을 만들었습니다.`);
  return room!;
}

export type JoinResult = { room: ChatRoom; joined: boolean; message: ChatMessageView | null };

/**
 * Takes a seat. The seat count and the closed flag change in one conditional UPDATE, so under
 * any concurrency a room never holds more members than its capacity and the last seat closes it.
 */
export async function joinRoom(db: Db, user: User, roomId: number): Promise<JoinResult> {
  return db.transaction(async (tx) => {
    const { room, isMember, isBanned } = await getMembership(tx, roomId, user.id);
    if (isBanned) throw forbidden('이 채팅방에서 내보내져 다시 들어갈 수 없습니다.');
    if (isMember) return { room, joined: false, message: null };
    if (room.kind === 'direct') throw notFound('채팅방을 찾을 수 없습니다.');
    if (room.kind === 'post') await assertMayJoinPostRoom(tx, user, roomId, new Date());
    const [updated] = await tx
      .update(chatRooms)
      .set({
        memberCount: sql`${chatRooms.memberCount} + 1`,
        isClosed: sql`${chatRooms.capacity} is not null and ${chatRooms.memberCount} + 1 >= ${chatRooms.capacity}`,
      })
      .where(
        and(
          eq(chatRooms.id, roomId),
          eq(chatRooms.isClosed, false),
          or(isNull(chatRooms.capacity), lt(chatRooms.memberCount, chatRooms.capacity)),
        ),
      )
      .returning();
    if (!updated) {
      const [now] = await tx.select().from(chatRooms).where(eq(chatRooms.id, roomId));
      const full = now?.capacity != null && now.memberCount >= now.capacity;
      throw conflict(full ? '인원이 다 찼습니다.' : '모집이 끝난 방입니다.', undefined, full ? 'full' : 'complete');
    }
    try {
      // What was said before I joined is history, not unread.
      await tx.insert(chatMembers).values({
        roomId,
        userId: user.id,
        lastReadMessageId: sql`(select coalesce(max(${chatMessages.id}), 0) from ${chatMessages} where ${chatMessages.roomId} = ${roomId})`,
      });
    } catch (error) {
      // Two joins of one user racing: the primary key lets one through.
      if (isUniqueViolation(error)) throw conflict('이미 참여한 방입니다.', undefined, 'already_member');
      throw error;
    }
    const message = await systemMessage(tx, roomId, user, `${user.username}님이 입장했습니다.`);
    await mealPostJoinNotices(tx, updated, user);
    await recordEvents(tx, [memberJoined(updated, toUserRef(user)), messageNew(updated, message)]);
    await recordPostRoomChanged(tx, updated);
    return { room: updated, joined: true, message };
  });
}

/** Frees a seat; a room that was closed only because it was full opens again. */
async function removeMember(tx: Db, roomId: number, userId: number) {
  const deleted = await tx
    .delete(chatMembers)
    .where(and(eq(chatMembers.roomId, roomId), eq(chatMembers.userId, userId)))
    .returning();
  if (!deleted.length) return null;
  const [room] = await tx
    .update(chatRooms)
    .set({
      memberCount: sql`${chatRooms.memberCount} - 1`,
      isClosed: sql`${chatRooms.closedByOwner}`,
    })
    .where(eq(chatRooms.id, roomId))
    .returning();
  return room!;
}

export async function leaveRoom(db: Db, user: User, roomId: number) {
  return db.transaction(async (tx) => {
    const room = await requireMember(tx, roomId, user.id);
    // The pair's one room stays theirs: "메시지" on a profile always leads back to it.
    if (room.kind === 'direct') throw conflict('1:1 대화방은 나갈 수 없습니다.', undefined, 'direct_room');
    if (room.ownerId === user.id) throw conflict('방장은 나갈 수 없습니다. 방을 삭제해 주세요.', undefined, 'owner_cannot_leave');
    const updated = (await removeMember(tx, roomId, user.id))!;
    const message = await systemMessage(tx, roomId, user, `${user.username}님이 나갔습니다.`);
    await recordEvents(tx, [messageNew(updated, message), memberLeft(updated, toUserRef(user))]);
    await recordPostRoomChanged(tx, updated);
    return { room: updated, message };
  });
}

/** Owner only: removes the user now and for good. */
export async function banMember(db: Db, owner: User, roomId: number, targetId: number) {
  return db.transaction(async (tx) => {
    const room = await requireMember(tx, roomId, owner.id);
    if (room.ownerId !== owner.id) throw forbidden('방장만 내보낼 수 있습니다.');
    if (targetId === owner.id) throw conflict('자기 자신은 내보낼 수 없습니다.', undefined, 'self');
    const [target] = await tx
      .select({ user: users })
      .from(chatMembers)
      .innerJoin(users, eq(users.id, chatMembers.userId))
      .where(and(eq(chatMembers.roomId, roomId), eq(chatMembers.userId, targetId)));
    if (!target) throw notFound('이 채팅방의 멤버가 아닙니다.');
    const [ban] = await tx
      .insert(chatBans)
      .values({ roomId, userId: targetId, bannedBy: owner.id })
      .onConflictDoNothing()
      .returning();
    if (!ban) throw conflict('이미 내보낸 사용자입니다.', undefined, 'already_banned');
    const updated = (await removeMember(tx, roomId, targetId))!;
    const message = await systemMessage(tx, roomId, target.user, `${target.user.username}님이 내보내졌습니다.`);
    await recordEvents(tx, [messageNew(updated, message), memberBanned(updated, targetId)]);
    await recordPostRoomChanged(tx, updated);
    return { room: updated, ban, message };
  });
}

/** Owner only. A post's room takes its post with it (the foreign key cascades), and off its board. */
export async function deleteRoom(db: Db, owner: User, roomId: number) {
  return transact(db, async (tx) => {
    const events = await roomDeletedEvents(tx, roomId);
    const deleted = await tx
      .delete(chatRooms)
      .where(and(eq(chatRooms.id, roomId), eq(chatRooms.ownerId, owner.id)))
      .returning();
    if (!deleted.length) {
      const { isMember } = await getMembership(tx, roomId, owner.id);
      throw isMember ? forbidden('방장만 삭제할 수 있습니다.') : notFound('채팅방을 찾을 수 없습니다.');
    }
    await recordEvents(tx, events);
    return deleted[0]!;
  });
}

type NewMessage = { kind: 'text' | 'image'; body: string; clientId?: string; replyToId?: number; images?: StoredImage[] };
type ActionPoint = Awaited<ReturnType<typeof takeActionPoint>>;
type RoomTarget = Pick<ChatRoom, 'id' | 'kind' | 'directLowUserId' | 'directHighUserId'>;

/**
 * Writes a message of mine into a room I may write in, with its reply snapshot, its photos, its
 * mentions (and their notices) and its `message:new`; null when its clientId was used already.
 * A message without notices is one statement and no transaction; the notices a mention or a
 * direct message adds are written in one transaction with it.
 */
export async function insertMessage(db: Db, room: ChatRoom, user: User, input: NewMessage, point?: ActionPoint) {
  const taken = point ?? (await takeActionPoint(db, 'chatMessage', user.id, room.id));
  const replyTo = input.replyToId ? await replySnapshot(db, room.id, user.id, input.replyToId) : null;
  const mentioned = input.kind === 'text' ? await mentionedMembers(db, room.id, mentionedIds(input.body), user.id) : [];
  const write = async (tx: Db) => {
    const written = await writeMessage(tx, room, user, input, taken, replyTo, mentioned);
    if (written.may) return written.message;
    return refusal(tx, user, room.id, { writing: true });
  };
  if (!mentioned.length && room.kind !== 'direct') return write(db);
  return transact(db, async (tx) => {
    const message = await write(tx);
    if (!message) return null;
    await mentionNotices(tx, user, room, message, mentioned);
    if (room.kind === 'direct') await firstDirectNotice(tx, room, user, message);
    return message;
  });
}

/** Rooms seen to be direct (a room's kind never changes): their messages skip the one-statement try. */
const directRooms = processSingleton('chat-direct-rooms', () => boundedCache<number, true>({ entries: 10_000 }));

/** Tests: ids start again after every truncation, so a remembered id may name another room. */
export const forgetDirectRooms = () => directRooms.clear();

/**
 * Why a statement that checks membership itself refused me, as the error I get: for a send,
 * suspended (read fresh, not from the caller's copy of the user), then `assertMember`'s answer
 * with `writing`. Only a refused statement pays for these reads; if nothing explains it, the room
 * changed meanwhile.
 */
async function refusal(db: Db, user: User, roomId: number, { writing }: { writing: boolean }): Promise<never> {
  if (writing) assertNotSuspended((await findActiveUser(db, user.id)) ?? user);
  await requireMember(db, roomId, user.id, { writing });
  throw roomChangedMeanwhile();
}

/**
 * A text message of mine: a plain one (no reply, no mention) in a room not known to be direct is
 * one statement that also checks that I may write there, so a send is one round trip. Anything
 * else, or a send that statement refused, reads the room first (404 no room, 403 not a member,
 * banned or blocked), which a direct room's notices need; the statement then checks again, and
 * `refusal` explains a suspension.
 */
async function sendText(db: Db, user: User, roomId: number, input: NewMessage) {
  const point = await takeActionPoint(db, 'chatMessage', user.id, roomId);
  if (!input.replyToId && !mentionedIds(input.body).length && !directRooms.has(roomId)) {
    const room: RoomTarget = { id: roomId, kind: 'community', directLowUserId: null, directHighUserId: null };
    const written = await writeMessage(db, room, user, input, point, null, []);
    if (written.may) return written.message;
  }
  const room = await requireMember(db, roomId, user.id, { writing: true });
  if (room.kind === 'direct') directRooms.set(roomId, true);
  return insertMessage(db, room, user, input, point);
}

/**
 * The message, its photos, its rate point and its event as one statement: a send is one round
 * trip and one commit, and none of it exists without the rest. The statement checks that I may
 * write in the room as `refusal` explains it (`may`: a direct room only with the direct shape, so
 * a room of unknown kind written as another is refused, never misaddressed); a refused send takes
 * no point. A spent point writes nothing else (429); a used clientId writes no message (null).
 */
async function writeMessage(db: Db, room: RoomTarget, user: User, input: NewMessage, point: ActionPoint, replyTo: ReplySnapshot | null, mentioned: UserRefSource[]) {
  const mentions = mentioned.map((u) => u.id);
  const images = (input.images ?? []).map((image, position) => ({ ...image, position }));
  // The sender as history shows them (not the whole user row: no 온도 in chat), so a retried send reads the same.
  const sender = { id: user.id, username: user.username, isActive: user.isActive, avatarKey: user.avatarKey };
  // As it will read once stored; the statement gives it its id, its time and its unread count.
  const stored = { id: 0, roomId: room.id, userId: user.id, kind: input.kind, body: input.body, clientId: input.clientId ?? null, replyTo, mentions, editedAt: null, deletedAt: null, hiddenAt: null, createdAt: new Date(0) };
  const unsaved = toMessageView({ message: stored, user: sender, mentioned, images }, 0);
  const statement = messageStatement(db, { pointInDatabase: point.inDatabase, photos: images.length > 0, direct: room.kind === 'direct' });
  const [row] = await statement.execute({
    ...point.values,
    ...eventValues(messageNew(room, unsaved)),
    room_id: room.id,
    user_id: user.id,
    kind: input.kind,
    body: input.body,
    client_id: stored.clientId,
    reply_to: replyTo && JSON.stringify(replyTo),
    mentions: `{${mentions.join(',')}}`,
    images: JSON.stringify(images),
  });
  if (!row!.may) return { may: false as const, message: null };
  if (!row!.ok) throw actionRefused('chatMessage', row!.retryMs);
  if (row!.message) countRecorded(1);
  return { may: true as const, message: row!.message };
}

type MessageShape = { pointInDatabase: boolean; photos: boolean; direct: boolean };

/**
 * Whether I may write in the room (`refusal`'s rules: not suspended, and `assertMember`'s
 * with `writing`) and how many members it has, as one row whether or not the room exists.
 */
const writeGate = (direct: boolean) => {
  const userId = sql.placeholder('user_id');
  const flags = membershipFlags(userId);
  const free = sql`not exists (select 1 from ${users} where ${users.id} = ${userId} and ${users.suspendedUntil} > now())`;
  const may = direct
    ? sql`${chatRooms.kind} = 'direct' and ${flags.isMember} and not ${flags.isBanned} and not ${flags.blockedByPeer} and not ${flags.blocksPeer} and ${free}`
    : sql`${chatRooms.kind} <> 'direct' and ${flags.isMember} and not ${flags.isBanned} and ${free}`;
  return sql`select coalesce(bool_or(${may}), false) as may, max(${chatRooms.memberCount}) as member_count
    from ${chatRooms} where ${chatRooms.id} = ${sql.placeholder('room_id')}::int`;
};

/** The send statement, prepared once per shape (a handful): building its SQL cost more than running it. */
const buildMessageStatement = ({ pointInDatabase, photos, direct }: MessageShape) =>
  preparedPerDb((db) => {
    const p = sql.placeholder;
    const message = sql`insert into ${chatMessages} (room_id, user_id, kind, body, client_id, reply_to, mentions)
      select ${p('room_id')}::int, ${p('user_id')}::int, ${p('kind')}::text, ${p('body')}::text, ${p('client_id')}::text, ${p('reply_to')}::jsonb, ${p('mentions')}::int[]
      where (select may from gate) and (select ok from allowed)
      on conflict do nothing
      returning id, room_id, created_at`;
    const images = sql`insert into ${chatImages} (key, message_id, room_id, width, height, position)
      select i.key, message.id, message.room_id, i.width, i.height, i.position
      from message, jsonb_to_recordset(${p('images')}::jsonb) as i(key text, width int, height int, position int)`;
    const ctes = [
      { name: 'gate', body: writeGate(direct) },
      ...actionPointCtes('chatMessage', pointInDatabase, sql`(select may from gate)`),
      { name: 'message', body: message },
      ...(photos ? [{ name: 'photos', body: images }] : []),
      { name: 'event', body: messageNewSql(direct, 'message', sql`(select member_count - 1 from gate)`) },
    ];
    return withCtes(db, ctes)
      .select({
        may: sql<boolean>`gate.may`,
        ok: sql<boolean>`coalesce(allowed.ok, false)`,
        retryMs: sql<number>`coalesce(allowed.retry_ms, 0)`.mapWith(Number),
        message: sql<ChatMessageView | null>`(select payload from event)`,
      })
      .from(sql`gate`)
      .leftJoin(sql`allowed`, sql`true`)
      .prepare('chat_message');
  });

const messageStatements = new Map<string, ReturnType<typeof buildMessageStatement>>();
function messageStatement(db: Db, shape: MessageShape) {
  const key = JSON.stringify(shape);
  let statement = messageStatements.get(key);
  if (!statement) messageStatements.set(key, (statement = buildMessageStatement(shape)));
  return statement(db);
}

/** A message of mine found again by its clientId (a retried send), as the room sees it now. */
export async function messageByClientId(db: Db, roomId: number, userId: number, clientId: string) {
  const [row] = await db
    .select(messageColumns(userId))
    .from(chatMessages)
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .where(and(eq(chatMessages.roomId, roomId), eq(chatMessages.userId, userId), eq(chatMessages.clientId, clientId)));
  return toMessageView(row!, unreadFor(row!.message, await readMarkers(db, roomId)));
}

/**
 * Members only, and not while suspended (checked against the user row as it is now, so a
 * socket's copy of its user cannot outlive a suspension). A clientId makes the send idempotent:
 * a retry returns the message stored the first time (created: false) instead of a duplicate.
 * Socket and REST sends both end here, so they share one rate limit.
 */
export async function sendMessage(db: Db, user: User, roomId: number, { body, clientId, replyToId }: MessageInput) {
  const sent = await sendText(db, user, roomId, { kind: 'text', body, clientId, replyToId });
  if (sent) return { message: sent, created: true };
  return { message: await messageByClientId(db, roomId, user.id, clientId!), created: false };
}

/**
 * Moves my read marker forward (never back) to a message of this room. My other tabs hear of
 * it (`room:read`), the room's open screens through the next `room:reads` digest; in a direct
 * room the other person hears it on every tab (their "읽음" marks). A move is one statement that
 * also checks that I may read the room (`refusal` explains when not): the marker, what it was,
 * my unread count and the event.
 */
export async function markRead(db: Db, user: User, roomId: number, messageId: number) {
  const [row] = await readMove(db).execute({ room_id: roomId, user_id: user.id, message_id: messageId, ...eventValues(readState(roomId, user.id)) });
  if (!row?.may) return refusal(db, user, roomId, { writing: false });
  // Only a move forward writes (a repeat or an older id changes no row and records no event).
  if (row.moved) countRecorded(1);
  else if (!row.exists) throw notFound('메시지를 찾을 수 없습니다.');
  return { roomId, lastReadMessageId: row.lastReadMessageId!, unreadCount: row.unreadCount! };
}

/**
 * The move, prepared once. CTE `room` is the room with whether I may read it (no row: no room);
 * `before` reads the marker as it was, so open screens lower the unread count of exactly the
 * messages between the two; when nothing moved, the marker and my unread count as they stand
 * come back instead.
 */
const readMove = preparedPerDb((db) => {
  const p = sql.placeholder;
  const mine = sql`${chatMembers.roomId} = ${p('room_id')}::int and ${chatMembers.userId} = ${p('user_id')}::int`;
  const inRoom = sql`exists (select 1 from ${chatMessages} m where m.id = ${p('message_id')}::bigint and m.room_id = ${p('room_id')}::int)`;
  const unreadAfter = (marker: SQLWrapper) =>
    sql`(select count(*)::int from ${chatMessages} m where m.room_id = ${p('room_id')}::int and m.id > ${marker} and m.user_id is distinct from ${p('user_id')}::int)`;
  const ctes = [
    {
      name: 'room',
      body: sql`select ${roomAudienceColumns}, ${memberMayRead(p('user_id'))} as may
        from ${chatRooms} where ${chatRooms.id} = ${p('room_id')}::int`,
    },
    { name: 'before', body: sql`select ${chatMembers.lastReadMessageId} as previous from ${chatMembers} where ${mine}` },
    {
      name: 'moved',
      body: sql`update ${chatMembers} set last_read_message_id = ${p('message_id')}::bigint
        where ${mine} and ${chatMembers.lastReadMessageId} < ${p('message_id')}::bigint and ${inRoom} and (select may from room)
        returning last_read_message_id, (select previous from before) as previous, ${unreadAfter(p('message_id'))} as unread_count, ${commitWithoutFlush} as async_commit`,
    },
    { name: 'event', body: readStateSql('moved', 'room') },
  ];
  return withCtes(db, ctes)
    .select({
      may: sql<boolean>`room.may`,
      moved: sql<boolean>`moved.last_read_message_id is not null`,
      lastReadMessageId: sql<number | null>`coalesce(moved.last_read_message_id, ${chatMembers.lastReadMessageId})`.mapWith(Number),
      unreadCount: sql<number | null>`coalesce(moved.unread_count, ${unreadAfter(chatMembers.lastReadMessageId)})`.mapWith(Number),
      exists: inRoom,
    })
    .from(sql`room`)
    .leftJoin(chatMembers, mine)
    .leftJoin(sql`moved`, sql`true`)
    .prepare('chat_read_move');
});

/**
 * Soft-deletes my own message in a room I'm still in: its text is erased and everyone sees
 * the placeholder. Someone else's message is 403; deleting twice changes nothing (deleted: false).
 */
export async function deleteMessage(db: Db, user: User, roomId: number, messageId: number, store: ImageStore = imageStore()) {
  const room = await requireMember(db, roomId, user.id);
  const [message] = await db
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.id, messageId), eq(chatMessages.roomId, roomId)));
  if (!message) throw notFound('메시지를 찾을 수 없습니다.');
  if (message.userId !== user.id || message.kind === 'system') throw forbidden('내 메시지만 지울 수 있습니다.');
  const { deleted, photoKeys } = await transact(db, async (tx) => {
    const rows = await tx
      .update(chatMessages)
      .set({ body: '', deletedAt: new Date() })
      .where(and(eq(chatMessages.id, messageId), isNull(chatMessages.deletedAt)))
      .returning({ id: chatMessages.id });
    if (!rows.length) return { deleted: false, photoKeys: [] };
    // A deleted photo message takes its photos with it (the files go after the commit).
    const photos = await tx.delete(chatImages).where(eq(chatImages.messageId, messageId)).returning({ key: chatImages.key });
    await recordEvent(tx, messageDeleted(room, messageId));
    return { deleted: true, photoKeys: photos.map((p) => p.key) };
  });
  if (photoKeys.length) await store.delete(photoKeys.flatMap(chatImageFiles));
  return { deleted };
}

/** Owner closes the room to new members (a meal post marked complete). */
export async function closeRoom(tx: Db, roomId: number) {
  const [room] = await tx.update(chatRooms).set({ isClosed: true, closedByOwner: true }).where(eq(chatRooms.id, roomId)).returning();
  return room!;
}

/** Owner reopens; a full room can't open. */
export async function reopenRoom(tx: Db, roomId: number) {
  const [room] = await tx
    .update(chatRooms)
    .set({ isClosed: false, closedByOwner: false })
    .where(and(eq(chatRooms.id, roomId), or(isNull(chatRooms.capacity), lt(chatRooms.memberCount, chatRooms.capacity))))
    .returning();
  if (!room) throw conflict('인원이 다 차서 다시 열 수 없습니다.', undefined, 'full');
  return room;
}

/** New capacity, never below the members already seated; a full room closes, a freed one opens. */
export async function setCapacity(tx: Db, roomId: number, capacity: number) {
  const [room] = await tx
    .update(chatRooms)
    .set({
      capacity,
      isClosed: sql`${chatRooms.closedByOwner} or ${chatRooms.memberCount} >= ${capacity}`,
    })
    .where(and(eq(chatRooms.id, roomId), gte(sql`${capacity}`, chatRooms.memberCount)))
    .returning();
  if (!room) {
    throw conflict('모집 인원은 지금 참여한 인원보다 적을 수 없습니다.', {
      targetNumber: ['모집 인원은 지금 참여한 인원보다 적을 수 없습니다.'],
    }, 'below_joined');
  }
  return room;
}

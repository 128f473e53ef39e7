import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, chatRooms, mealPosts, type ChatRoom } from '@/db/schema';
import type { UserRef } from '@/lib/accounts/user-ref';
import type { Audience } from '@/lib/events/audience';
import { recordEvents, recordEventSql, type DomainEvent } from '@/lib/events/record';
import type { ChatMessageView, MessageUpdate } from './schema';

type RoomTarget = Pick<ChatRoom, 'id' | 'kind' | 'directLowUserId' | 'directHighUserId'>;

/**
 * A room's sockets; a direct room also reaches both people's every tab, joined to the room or
 * not, so a first message shows up in the other person's chat list.
 */
export const roomAudience = (room: RoomTarget): Audience =>
  room.kind === 'direct' ? { chatRooms: [room.id], users: [room.directLowUserId!, room.directHighUserId!] } : { chatRooms: [room.id] };

/** What a CTE that finds its room selects of it, for `roomAudienceSql`. */
export const roomAudienceColumns = sql`${chatRooms.id}, ${chatRooms.kind}, ${chatRooms.directLowUserId}, ${chatRooms.directHighUserId}`;

/**
 * `roomAudience` of the chat_rooms row that CTE `room` selects (`roomAudienceColumns`), for a
 * statement that finds its room itself.
 */
export function roomAudienceSql(room: string): SQL {
  const r = sql.identifier(room);
  return sql`(select jsonb_build_object('chatRooms', jsonb_build_array(${r}.id)) || case when ${r}.kind = 'direct'
    then jsonb_build_object('users', jsonb_build_array(${r}.direct_low_user_id, ${r}.direct_high_user_id)) else '{}'::jsonb end from ${r})`;
}

/** A time as JavaScript's `toISOString` writes it, so a message reads the same from SQL and from a row. */
const isoTime = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const messageNew = (room: RoomTarget, message: ChatMessageView): DomainEvent => ({ type: 'message:new', payload: message, audience: roomAudience(room) });

/**
 * `message:new` written by the statement that writes the message, as one of its CTEs (values:
 * `eventValues(messageNew(room, unsaved))`): its id and time come from the `id` and `created_at`
 * of CTE `source`, its unread count (everyone but the sender) from `unreadCount`. Outside a
 * direct room (whose audience names both people) it also reaches every member's own sockets, read
 * from `source`'s `room_id`, so the unread total in the navigation of a tab elsewhere in the app
 * moves at once (Socket.IO sends a socket in both rooms one copy).
 */
export function messageNewSql(direct: boolean, source: string, unreadCount: SQL): SQL {
  const from = sql.identifier(source);
  const members = sql`(select coalesce(jsonb_agg(${chatMembers.userId}), '[]'::jsonb) from ${chatMembers} where ${chatMembers.roomId} = ${from}.room_id)`;
  return recordEventSql(source, {
    payload: sql`jsonb_build_object('id', ${from}.id, 'createdAt', ${isoTime(sql`${from}.created_at`)}, 'unreadCount', ${unreadCount})`,
    audience: direct ? undefined : sql`jsonb_build_object('users', ${members})`,
  });
}

export const messageDeleted = (room: RoomTarget, messageId: number): DomainEvent => ({
  type: 'message:deleted',
  payload: { roomId: room.id, messageId },
  audience: roomAudience(room),
});

/** Hidden by moderation: open chat screens drop it (its author still sees it on reload, marked). */
export const messageHidden = (room: RoomTarget, messageId: number): DomainEvent => ({
  type: 'message:hidden',
  payload: { roomId: room.id, messageId },
  audience: roomAudience(room),
});

export const memberJoined = (room: ChatRoom, user: UserRef): DomainEvent => ({
  type: 'member:joined',
  payload: { roomId: room.id, user, memberCount: room.memberCount },
  audience: { chatRooms: [room.id] },
});

/** Its consumer also takes the member's sockets out of the room. */
export const memberLeft = (room: ChatRoom, user: UserRef): DomainEvent => ({
  type: 'member:left',
  payload: { roomId: room.id, user, memberCount: room.memberCount },
  audience: { chatRooms: [room.id] },
});

export const memberBanned = (room: ChatRoom, userId: number): DomainEvent => ({
  type: 'member:banned',
  payload: { roomId: room.id, userId, memberCount: room.memberCount },
  audience: { chatRooms: [room.id], users: [userId] },
});

export const roomDeleted = (roomId: number): DomainEvent => ({ type: 'room:deleted', payload: { roomId }, audience: { chatRooms: [roomId] } });

/**
 * A member read further: to the reader's tabs (their unreadCount) and to the room, whose open
 * screens lower each message's unread count between `previousReadMessageId` and
 * `lastReadMessageId` (the KakaoTalk number; the socket consumer folds a room's reads into a
 * `room:reads` digest a few times a second); a direct room's other member gets it on every tab
 * for the "읽음" marks in their room list. Only the statement that moves the marker knows all
 * that: this is the part known before it, for `readStateSql`.
 */
export const readState = (roomId: number, userId: number): DomainEvent => ({ type: 'room:read', payload: { roomId, userId }, audience: { users: [userId] } });

/**
 * `room:read` written by the statement that moves the marker, as one of its CTEs (values:
 * `eventValues(readState(…))`): the marker, what it was and the unread count come from the
 * `last_read_message_id`, `previous` and `unread_count` of CTE `source`, the room's audience
 * from CTE `room` (`roomAudienceSql`; a direct room's pair includes the reader).
 */
export function readStateSql(source: string, room: string): SQL {
  const from = sql.identifier(source);
  return recordEventSql(source, {
    payload: sql`jsonb_build_object('lastReadMessageId', ${from}.last_read_message_id, 'previousReadMessageId', ${from}.previous, 'unreadCount', ${from}.unread_count)`,
    audience: roomAudienceSql(room),
  });
}

export const messageUpdated = (room: RoomTarget, update: MessageUpdate): DomainEvent => ({ type: 'message:updated', payload: update, audience: roomAudience(room) });

/** Counts for everyone, with who reacted: each screen works out its own `mine`. */
export type ReactionsBroadcast = { roomId: number; messageId: number; reactions: { emoji: string; count: number; userIds: number[] }[] };

/** `message:reactions` as known before its statement runs, for `messageReactionsSql`. */
export const messageReactions = (messageId: number): DomainEvent => ({ type: 'message:reactions', payload: { messageId }, audience: {} });

/**
 * `message:reactions` (a `ReactionsBroadcast`) written by the statement that changes a reaction,
 * as one of its CTEs (one event per row of `source`; values: `eventValues(messageReactions(…))`),
 * its counts read from CTE `counts (emoji, count, user_ids)`, its room from CTE `room`
 * (`roomAudienceSql`).
 */
export const messageReactionsSql = (source: string, room: string): SQL =>
  recordEventSql(source, {
    payload: sql`jsonb_build_object('roomId', (select id from ${sql.identifier(room)}),
      'reactions', (select coalesce(jsonb_agg(jsonb_build_object('emoji', emoji, 'count', count, 'userIds', user_ids)), '[]'::jsonb) from counts))`,
    audience: roomAudienceSql(room),
  });

/** The post of a meal-board room, for the board events its seats cause. */
async function postOfRoom(tx: Db, roomId: number) {
  const [post] = await tx.select({ id: mealPosts.id, neighbourhoodCode: mealPosts.neighbourhoodCode }).from(mealPosts).where(eq(mealPosts.chatRoomId, roomId));
  return post;
}

/** Seats or completion of a post's room changed: its board and its room see the new head count. */
export const postUpdated = (post: { id: number; neighbourhoodCode: string }, room: Pick<ChatRoom, 'id' | 'memberCount' | 'isClosed'>): DomainEvent => ({
  type: 'post:updated',
  payload: { postId: post.id, joinNumber: room.memberCount, isComplete: room.isClosed },
  audience: { sigungu: [post.neighbourhoodCode], chatRooms: [room.id] },
});

export async function recordPostRoomChanged(tx: Db, room: ChatRoom) {
  if (room.kind !== 'post') return;
  const post = await postOfRoom(tx, room.id);
  if (post) await recordEvents(tx, [postUpdated(post, room)]);
}

/** A room is gone; a post's room takes its post off the boards of its 시군구. */
export async function roomDeletedEvents(tx: Db, roomId: number): Promise<DomainEvent[]> {
  const post = await postOfRoom(tx, roomId);
  const events = [roomDeleted(roomId)];
  if (post) events.push({ type: 'post:deleted', payload: { postId: post.id }, audience: { sigungu: [post.neighbourhoodCode] } });
  return events;
}

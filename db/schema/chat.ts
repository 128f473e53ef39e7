import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamptz, timestampNow, ref } from './columns';
import { userRef, users } from './accounts';
import type { ChatRoomKind } from '../constants/chat';

export const chatRooms = pgTable(
  'chat_rooms',
  {
    id: id(),
    kind: text().$type<ChatRoomKind>().notNull(),
    title: text().notNull(),
    ownerId: integer().references(() => users.id, { onDelete: 'set null' }),
    /** Seats including the owner; null = unlimited. */
    capacity: integer(),
    memberCount: integer().notNull().default(0),
    /** No new members: full (reopens when someone leaves) or closed by the owner (stays closed). */
    isClosed: boolean().notNull().default(false),
    closedByOwner: boolean().notNull().default(false),
    /**
     * A direct room's two members, lower id first: the unique index makes it the one room of
     * that pair however many first messages race (null for other kinds, and nulls never clash).
     */
    directLowUserId: integer().references(() => users.id, { onDelete: 'cascade' }),
    directHighUserId: integer().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestampNow(),
  },
  (t) => [
    uniqueIndex('chat_rooms_direct_pair_idx').on(t.directLowUserId, t.directHighUserId),
    check(
      'chat_rooms_direct_pair_check',
      sql`(${t.kind} = 'direct') = (${t.directLowUserId} is not null and ${t.directHighUserId} is not null and ${t.directLowUserId} < ${t.directHighUserId})`,
    ),
    check('chat_rooms_kind_check', sql`${t.kind} in ('post', 'direct', 'game', 'community')`),
    check('chat_rooms_member_count_check', sql`${t.memberCount} >= 0 and (${t.capacity} is null or ${t.memberCount} <= ${t.capacity})`),
  ],
);

export const chatMembers = pgTable(
  'chat_members',
  {
    roomId: ref(() => chatRooms.id, 'cascade'),
    userId: userRef('cascade'),
    /** Everything up to this message id counts as read. */
    lastReadMessageId: bigint({ mode: 'number' }).notNull().default(0),
    joinedAt: timestampNow(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] }), index('chat_members_user_id_idx').on(t.userId)],
);

export const chatBans = pgTable(
  'chat_bans',
  {
    roomId: ref(() => chatRooms.id, 'cascade'),
    userId: userRef('cascade'),
    bannedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestampNow(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] })],
);

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    roomId: ref(() => chatRooms.id, 'cascade'),
    /** Null for system messages. */
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    kind: text().$type<'text' | 'system'>().notNull().default('text'),
    body: text().notNull(),
    /** Chosen by the sender's client; a retried send with the same id is the same message. */
    clientId: text(),
    /** Soft-deleted by its author: the text is erased, the row stays so the conversation keeps its shape. */
    deletedAt: timestamptz(),
    /** Set by reports reaching the threshold or by an admin: only its sender still sees it. */
    hiddenAt: timestamptz(),
    createdAt: timestampNow(),
  },
  (t) => [
    index('chat_messages_room_id_id_idx').on(t.roomId, t.id),
    uniqueIndex('chat_messages_room_id_user_id_client_id_idx')
      .on(t.roomId, t.userId, t.clientId)
      .where(sql`${t.clientId} is not null`),
    check('chat_messages_kind_check', sql`${t.kind} in ('text', 'system')`),
  ],
);

export type ChatRoom = typeof chatRooms.$inferSelect;
export type ChatMessage = typeof chatMessages.$inferSelect;

import { getTableColumns, sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamptz, timestampNow, ref } from './columns';
import { userRef, users } from './accounts';
import { chatReactionEmojis, type ChatRoomKind } from '../constants/chat';

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
    kind: text().$type<'text' | 'system' | 'image'>().notNull().default('text'),
    /** Mentions are written `<@userId>` so they show the member's current name wherever they are read. */
    body: text().notNull(),
    /** The message this one answers, as it read when answered: it stays even if that one is deleted. */
    replyTo: jsonb().$type<ReplySnapshot>(),
    /** Members named in the body (`<@id>`), for their notice and for rendering. */
    mentions: integer().array().notNull().default(sql`'{}'::integer[]`),
    /** Set by the author's edits (allowed for 15 minutes after sending). */
    editedAt: timestamptz(),
    /** Chosen by the sender's client; a retried send with the same id is the same message. */
    clientId: text(),
    /** Soft-deleted by its author: the text is erased, the row stays so the conversation keeps its shape. */
    deletedAt: timestamptz(),
    /** Set by reports reaching the threshold or by an admin: only its sender still sees it. */
    hiddenAt: timestamptz(),
    createdAt: timestampNow(),
    /**
     * What chat search matches, character by character doubled ("치킨집" → "치치킨킨집집"): a trigram
     * needs three characters, so a two-syllable query ("치킨" → "치치킨킨": trigrams "치치킨" and
     * "치킨킨", each meaning 치 followed by 킨) can use the trigram index, which it could not on the
     * plain text. A substring of the doubled text at an even offset is the doubled substring, so
     * LIKE on it matches exactly what LIKE on the body would. Stored, so a search that walks the
     * newest messages compares text instead of rewriting every body it passes. Only search reads
     * it: whole-message selects use `chatMessageColumns`.
     */
    searchText: text()
      .notNull()
      .generatedAlwaysAs(sql`regexp_replace(lower(body), '(.)', '\\1\\1', 'g')`),
  },
  (t) => [
    index('chat_messages_room_id_id_idx').on(t.roomId, t.id),
    // A small pending list: GIN defers new entries to it, and the send that fills it merges them
    // all; at the default 4 MB that send waits 30-60 ms every few thousand messages.
    index('chat_messages_search_text_idx').using('gin', sql`${t.searchText} gin_trgm_ops`).with({ gin_pending_list_limit: 256 }),
    uniqueIndex('chat_messages_room_id_user_id_client_id_idx')
      .on(t.roomId, t.userId, t.clientId)
      .where(sql`${t.clientId} is not null`),
    check('chat_messages_kind_check', sql`${t.kind} in ('text', 'system', 'image')`),
  ],
);

/** A message's own columns, without the search text only search reads. */
const { searchText: _searchText, ...ownColumns } = getTableColumns(chatMessages);
export const chatMessageColumns = ownColumns;

/** What a reply shows of the message it answers. */
export type ReplySnapshot = { id: number; body: string; kind: 'text' | 'image'; user: { id: number; username: string; isActive: boolean; avatarKey: string | null } | null };

/** One per user, message and emoji (the primary key): toggling twice, or twenty times at once, counts once. */
export const chatReactions = pgTable(
  'chat_reactions',
  {
    messageId: bigint({ mode: 'number' }).notNull().references(() => chatMessages.id, { onDelete: 'cascade' }),
    userId: userRef('cascade'),
    emoji: text().notNull(),
    createdAt: timestampNow(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.userId, t.emoji] }),
    check('chat_reactions_emoji_check', sql`${t.emoji} in (${sql.join(chatReactionEmojis.map((e) => sql.raw(`'${e}'`)), sql`, `)})`),
  ],
);

/**
 * The photos of an image message. The key (`chat/<roomId>/<uuid>`) is served only to the room's
 * members (app/api/chat/images), never from the public images route.
 */
export const chatImages = pgTable(
  'chat_images',
  {
    key: text().primaryKey(),
    messageId: bigint({ mode: 'number' }).notNull().references(() => chatMessages.id, { onDelete: 'cascade' }),
    roomId: ref(() => chatRooms.id, 'cascade'),
    width: integer().notNull(),
    height: integer().notNull(),
    position: integer().notNull(),
  },
  (t) => [index('chat_images_message_id_idx').on(t.messageId)],
);

export type ChatRoom = typeof chatRooms.$inferSelect;
/** A message as read everywhere but search (without `searchText`). */
export type ChatMessage = Omit<typeof chatMessages.$inferSelect, 'searchText'>;
export type ChatReaction = typeof chatReactions.$inferSelect;

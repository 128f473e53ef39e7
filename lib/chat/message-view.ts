import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, chatMessageColumns, chatMessages, users, type ChatMessage } from '@/db/schema';
import { chatReactionEmojis, type ChatReactionEmoji } from '@/db/constants/chat';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { renderMentions } from './mentions';
import { DELETED_MESSAGE_BODY } from './deleted';
import type { ChatImageView, ChatMessageView, ReactionCount } from './schema';

export const userColumns = { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey };

export type StoredImage = { key: string; width: number; height: number };
type ReactionRow = { emoji: ChatReactionEmoji; count: number; mine: boolean };

/** A message row with what the app shows beside it; absent parts count as none. */
export type MessageRow = {
  message: ChatMessage;
  user: UserRefSource | null;
  images?: StoredImage[] | null;
  reactions?: ReactionRow[] | null;
  mentioned?: UserRefSource[] | null;
};

/** Photos are served to members only (app/api/chat/images), never from the public images route. */
export const chatImageUrl = (key: string, thumb = false) => `/api/chat/images/${key}${thumb ? '-thumb' : ''}.webp`;
/** The stored files of one photo: the 1600 px display size and the 400 px thumbnail. */
export const chatImageFiles = (key: string) => [`${key}.webp`, `${key}-thumb.webp`];
export const toImageView = (i: StoredImage): ChatImageView => ({ url: chatImageUrl(i.key), thumbUrl: chatImageUrl(i.key, true), width: i.width, height: i.height });

export const imagesJson = sql<StoredImage[] | null>`(select json_agg(json_build_object('key', i.key, 'width', i.width, 'height', i.height) order by i.position)
  from chat_images i where i.message_id = ${chatMessages.id})`;

/** A `users` row aliased `u`, as the JSON `toUserRef` reads. */
export const userRefJson = sql`json_build_object('id', u.id, 'username', u.username, 'isActive', u.is_active, 'avatarKey', u.avatar_key)`;

// Most messages mention nobody: they skip the lookup (a page of search hits or history runs it per row).
export const mentionedJson = sql<UserRefSource[] | null>`case when cardinality(${chatMessages.mentions}) > 0
  then (select json_agg(${userRefJson}) from users u where u.id = any(${chatMessages.mentions})) end`;

export const reactionsJson = (viewerId: number) => sql<ReactionRow[] | null>`(select json_agg(json_build_object('emoji', r.emoji, 'count', r.n, 'mine', r.mine))
  from (select emoji, count(*)::int n, bool_or(user_id = ${viewerId}) mine from chat_reactions where message_id = ${chatMessages.id} group by emoji) r)`;

/**
 * A message with its sender, photos, reactions (mine as `viewerId` sees them) and mentioned
 * members: the extras are correlated subqueries, so any number of messages is one statement.
 */
export const messageColumns = (viewerId: number) => ({
  message: chatMessageColumns,
  user: userColumns,
  images: imagesJson,
  reactions: reactionsJson(viewerId),
  mentioned: mentionedJson,
});

const emojiOrder = (e: string) => chatReactionEmojis.indexOf(e as ChatReactionEmoji);
export const sortReactions = (rows: ReactionCount[]) => [...rows].sort((a, b) => emojiOrder(a.emoji) - emojiOrder(b.emoji));

export const namesOf = (users: UserRefSource[]) => new Map(users.map((u) => [u.id, toUserRef(u).username]));

export function toMessageView({ message: m, user, images, reactions, mentioned }: MessageRow, unreadCount = 0): ChatMessageView {
  const deleted = m.deletedAt !== null;
  return {
    id: m.id,
    roomId: m.roomId,
    body: deleted ? DELETED_MESSAGE_BODY : m.body,
    kind: m.kind,
    user: user ? toUserRef(user) : null,
    clientId: m.clientId,
    images: deleted ? [] : (images ?? []).map(toImageView),
    replyTo: m.replyTo && { ...m.replyTo, user: m.replyTo.user && toUserRef(m.replyTo.user) },
    reactions: deleted ? [] : sortReactions(reactions ?? []),
    mentions: deleted ? [] : m.mentions,
    mentionedUsers: deleted ? [] : (mentioned ?? []).map(toUserRef),
    editedAt: m.editedAt?.toISOString() ?? null,
    unreadCount: m.kind === 'system' ? 0 : unreadCount,
    isDeleted: deleted,
    hiddenAt: m.hiddenAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}

/** The text of a message as people read it (mentions as names), for notices, pushes and snippets. */
export const readableBody = (body: string, mentioned: UserRefSource[] | null | undefined) => renderMentions(body, namesOf(mentioned ?? []));

export type ReadMarker = { userId: number; lastReadMessageId: number };

/** Every member's read marker in a room: one indexed statement however long the history. */
export const readMarkers = (db: Db, roomId: number): Promise<ReadMarker[]> =>
  db.select({ userId: chatMembers.userId, lastReadMessageId: chatMembers.lastReadMessageId }).from(chatMembers).where(eq(chatMembers.roomId, roomId));

/** The KakaoTalk number: members other than the sender who have not read up to this message. */
export function unreadFor(message: Pick<ChatMessage, 'id' | 'userId' | 'kind'>, markers: ReadMarker[]) {
  if (message.kind === 'system') return 0;
  let n = 0;
  for (const m of markers) if (m.userId !== message.userId && m.lastReadMessageId < message.id) n++;
  return n;
}

import { chatReactionEmojis, chatRoomKinds, MAX_CHAT_IMAGES } from '@/db/constants/chat';
import { userStatuses } from '@/db/constants/accounts';
import { userRef } from '@/lib/accounts/user-ref';
import { presence } from '@/lib/friends/schema';
import { z } from '@/lib/core/zod';

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const roomIdParams = z.object({ id });

export const chatImage = z.object({ url: z.string(), width: z.number().int(), height: z.number().int(), thumbUrl: z.string() });
export type ChatImageView = z.infer<typeof chatImage>;

export const reactionCount = z.object({ emoji: z.enum(chatReactionEmojis), count: z.number().int(), mine: z.boolean() });
export type ReactionCount = z.infer<typeof reactionCount>;

/** What a reply shows of the message it answers, as it was then (kept when that one is deleted). */
export const replySnapshot = z.object({ id: z.number().int(), body: z.string(), kind: z.enum(['text', 'image']), user: userRef.nullable() });

export const chatMessage = z.object({
  id: z.number().int(),
  roomId: z.number().int(),
  /** Mentions appear as `<@userId>`; `mentionedUsers` has their current names. */
  body: z.string().meta({ examples: ['저 5분 뒤에 도착해요!'] }),
  kind: z.enum(['text', 'system', 'image']),
  user: userRef.nullable(),
  clientId: z.string().nullable(),
  images: z.array(chatImage),
  replyTo: replySnapshot.nullable(),
  reactions: z.array(reactionCount),
  mentions: z.array(z.number().int()),
  mentionedUsers: z.array(userRef),
  editedAt: z.iso.datetime().nullable(),
  /** Members other than the sender whose read marker is before it (0 for system messages). */
  unreadCount: z.number().int(),
  /** Deleted by its author: `body` is the placeholder for everyone. */
  isDeleted: z.boolean(),
  /** Set when reports or an admin hid it: only its sender still gets it in the history. */
  hiddenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ChatMessageView = z.infer<typeof chatMessage>;

export const directPeer = z.object({
  user: userRef,
  /** Null when their profile is private and they haven't added me as a friend. */
  status: z.enum(userStatuses).nullable(),
  presence,
  /** Their read marker: my messages up to this id show "읽음". */
  lastReadMessageId: z.number().int(),
});
export type DirectPeer = z.infer<typeof directPeer>;

export const chatRoom = z.object({
  id: z.number().int(),
  kind: z.enum(chatRoomKinds),
  title: z.string(),
  ownerId: z.number().int().nullable(),
  memberCount: z.number().int(),
  capacity: z.number().int().nullable(),
  isClosed: z.boolean(),
  isMember: z.boolean(),
  isBanned: z.boolean(),
  /** The meal post this room belongs to, for kind "post". */
  postId: z.number().int().nullable(),
  lastMessage: chatMessage.nullable(),
  unreadCount: z.number().int(),
  /** For kind "direct": the other person (the room's title is their name). */
  peer: directPeer.nullable(),
  createdAt: z.iso.datetime(),
});
export type ChatRoomView = z.infer<typeof chatRoom>;

export const chatMember = z.object({ user: userRef, isOwner: z.boolean(), joinedAt: z.iso.datetime() });

export const messageBody = z.object({
  body: z.string({ error: '메시지를 입력해 주세요.' }).trim().min(1, '메시지를 입력해 주세요.').max(1000, '메시지는 1000자 이하여야 합니다.').meta({ examples: ['저 5분 뒤에 도착해요!'] }),
  clientId: z.string().trim().min(1).max(64).optional().meta({ examples: ['c1f6e2a0-6d1b-4f0e-9a1e-2b7c3d4e5f60'] }),
  /** Answers this message of the same room. */
  replyToId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type MessageInput = z.infer<typeof messageBody>;

export const historyQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  /** Forwards instead: messages newer than this id, oldest first (catching up after a reconnect). */
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const banBody = z.object({ userId: z.number({ error: '내보낼 사용자를 골라 주세요.' }).int().positive().max(2_147_483_647) });
export const readBody = z.object({ messageId: z.number().int().positive() });

export const readState = z.object({ roomId: z.number().int(), lastReadMessageId: z.number().int(), unreadCount: z.number().int() });

export const directBody = z.object({ userId: z.number({ error: '대화할 이웃을 골라 주세요.' }).int().positive().max(2_147_483_647) });
export const messageParams = z.object({ id, messageId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const editBody = z.object({ body: messageBody.shape.body });
export const chatMessageIdParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Path segments may still be percent-encoded; `❤` without its variation selector is the same heart. */
const decoded = (e: string) => {
  try {
    return decodeURIComponent(e);
  } catch {
    return e;
  }
};
const emoji = z
  .string()
  .transform((e) => (decoded(e) === '❤' ? '❤️' : decoded(e)))
  .pipe(z.enum(chatReactionEmojis, { error: `반응은 ${chatReactionEmojis.join(' ')} 중에서 골라 주세요.` }));
export const reactionParams = chatMessageIdParams.extend({ emoji });
export const reactionsState = z.object({ roomId: z.number().int(), messageId: z.number().int(), reactions: z.array(reactionCount) });

export const messageUpdate = z.object({
  roomId: z.number().int(),
  messageId: z.number().int(),
  body: z.string(),
  mentions: z.array(z.number().int()),
  mentionedUsers: z.array(userRef),
  editedAt: z.iso.datetime(),
});
export type MessageUpdate = z.infer<typeof messageUpdate>;

export const imageUploadFields = ['files', 'file'];
export { MAX_CHAT_IMAGES };

export const searchQuery = z.object({
  q: z.string({ error: '검색어를 입력해 주세요.' }).trim().min(2, '두 글자 이상 입력해 주세요.').max(100, '검색어는 100자 이하여야 합니다.'),
  roomId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z.object({
  id: z.number().int(),
  roomId: z.number().int(),
  room: z.object({ id: z.number().int(), title: z.string(), kind: z.enum(chatRoomKinds) }),
  user: userRef.nullable(),
  kind: z.enum(['text', 'image']),
  /** The message around the first match, mentions shown as names, cut to about 80 characters. */
  snippet: z.string(),
  createdAt: z.iso.datetime(),
});
export type SearchHit = z.infer<typeof searchHit>;

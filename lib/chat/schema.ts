import { chatRoomKinds } from '@/db/constants/chat';
import { userStatuses } from '@/db/constants/accounts';
import { userRef } from '@/lib/accounts/user-ref';
import { presence } from '@/lib/friends/schema';
import { z } from '@/lib/core/zod';

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const roomIdParams = z.object({ id });

export const chatMessage = z.object({
  id: z.number().int(),
  roomId: z.number().int(),
  body: z.string(),
  kind: z.enum(['text', 'system']),
  user: userRef.nullable(),
  clientId: z.string().nullable(),
  /** Deleted by its author: `body` is the placeholder for everyone. */
  isDeleted: z.boolean(),
  /** Set when reports or an admin hid it: only its sender still gets it in the history. */
  hiddenAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ChatMessageView = z.infer<typeof chatMessage>;

export const DELETED_MESSAGE_BODY = '삭제된 메시지입니다';

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
  body: z.string({ error: '메시지를 입력해 주세요.' }).trim().min(1, '메시지를 입력해 주세요.').max(1000, '메시지는 1000자 이하여야 합니다.'),
  clientId: z.string().trim().min(1).max(64).optional(),
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

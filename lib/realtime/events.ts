import type { User } from '@/db/schema';
import type { UserRef } from '@/lib/accounts/user-ref';
import type { ChatMessageView } from '@/lib/chat/schema';
import type { NotificationView } from '@/lib/notifications/schema';

/** Every acknowledgement: success with data, or an error the client can show. */
export type AckResult<T = object> = ({ ok: true } & T) | { ok: false; error: string; status: number };
type Ack<T = object> = (result: AckResult<T>) => void;

export type ServerToClientEvents = {
  'message:new': (message: ChatMessageView) => void;
  'member:joined': (e: { roomId: number; user: UserRef; memberCount: number }) => void;
  'member:left': (e: { roomId: number; user: UserRef; memberCount: number }) => void;
  'member:banned': (e: { roomId: number; userId: number; memberCount: number }) => void;
  'room:deleted': (e: { roomId: number }) => void;
  'room:read': (e: { roomId: number; lastReadMessageId: number; unreadCount: number }) => void;
  typing: (e: { roomId: number; user: UserRef }) => void;
  'post:updated': (e: { postId: number; joinNumber: number; isComplete: boolean }) => void;
  /** To the post's 시군구, so open boards drop it (its room's members get `room:deleted`). */
  'post:deleted': (e: { postId: number }) => void;
  'game:updated': (e: { gameId: number; joined: number; capacity: number; status: string }) => void;
  'notification:new': (notification: NotificationView) => void;
  /** To the reader's own sockets, so every tab's bell shows the same count. */
  'notification:read': (e: { unreadCount: number }) => void;
};

export type ClientToServerEvents = {
  /** `afterId`: the last message the client has; the ack carries what it missed. */
  'room:join': (p: { roomId: number; afterId?: number }, ack: Ack<{ missed: ChatMessageView[]; hasMore: boolean }>) => void;
  'room:leave': (p: { roomId: number }, ack: Ack) => void;
  'message:send': (p: { roomId: number; body: string; clientId?: string }, ack: Ack<{ message: ChatMessageView }>) => void;
  typing: (p: { roomId: number }, ack?: Ack) => void;
  'room:read': (p: { roomId: number; messageId: number }, ack: Ack<{ lastReadMessageId: number; unreadCount: number }>) => void;
  /** Start (or stop) getting `game:updated` for games in these 시군구 (lists) or these games (detail pages). */
  'games:watch': (p: GameWatch, ack: Ack) => void;
  'games:unwatch': (p: GameWatch, ack: Ack) => void;
};

/** 시군구 codes are 5 digits; games are public, so anyone signed in may watch any of them. */
export type GameWatch = { sigungu?: string[]; gameIds?: number[] };

export type SocketData = { user: User };

/** Between app processes (through the adapter). */
export type InterServerEvents = {
  /** A user's row changed: drop it from the per-process user cache (lib/auth/user-cache.ts). */
  'user:changed': (userId: number) => void;
};

import type { DeliveredEvent } from '@/lib/events/consumers';
import type { UserRef } from '@/lib/accounts/user-ref';
import type { ReactionsBroadcast } from '@/lib/chat/events';
import type { ChatMessageView, MessageUpdate } from '@/lib/chat/schema';
import type { CommunityCommentView } from '@/lib/community/schema';
import type { NotificationView } from '@/lib/notifications/schema';
import type { OrderView } from '@/lib/orders/schema';
import type { SocketIdentity } from './socket-identity';

/** Every acknowledgement: success with data, or an error the client can show. */
export type AckResult<T = object> = ({ ok: true } & T) | { ok: false; error: string; status: number; reason?: string; retryAfterSeconds?: number };
type Ack<T = object> = (result: AckResult<T>) => void;

export type RoomRead = { roomId: number; userId: number; lastReadMessageId: number; previousReadMessageId: number; unreadCount: number };

export type ServerToClientEvents = {
  'message:new': (message: ChatMessageView) => void;
  'member:joined': (e: { roomId: number; user: UserRef; memberCount: number }) => void;
  'member:left': (e: { roomId: number; user: UserRef; memberCount: number }) => void;
  'member:banned': (e: { roomId: number; userId: number; memberCount: number }) => void;
  'room:deleted': (e: { roomId: number }) => void;
  /**
   * `userId` read up to `lastReadMessageId` (from `previousReadMessageId`): to the reader's tabs
   * (`unreadCount` is theirs) and, in a direct room, to the other person's every tab.
   */
  'room:read': (e: RoomRead) => void;
  /**
   * The room's reads of the last quarter second, one entry per member (the `room:read` payloads,
   * two moves of one member joined): open screens lower each message's unread count between
   * `previousReadMessageId` and `lastReadMessageId` of every entry.
   */
  'room:reads': (e: { roomId: number; reads: RoomRead[] }) => void;
  /** The author edited a message (within 15 minutes): its new text and mentions. */
  'message:updated': (e: MessageUpdate) => void;
  /** A message's reactions changed: counts with who reacted (each screen works out `mine`). */
  'message:reactions': (e: ReactionsBroadcast) => void;
  /** A message was deleted by its author: show the placeholder instead of its text. */
  'message:deleted': (e: { roomId: number; messageId: number }) => void;
  /** Moderation hid a message (reports over the threshold, or an admin): open screens drop it. */
  'message:hidden': (e: { roomId: number; messageId: number }) => void;
  /** A friend (or direct-room partner) came online or went offline. */
  'presence:changed': (e: { userId: number; online: boolean; lastSeenAt: string | null }) => void;
  typing: (e: { roomId: number; user: UserRef }) => void;
  'post:updated': (e: { postId: number; joinNumber: number; isComplete: boolean }) => void;
  /** To the post's 시군구, so open boards drop it (its room's members get `room:deleted`). */
  'post:deleted': (e: { postId: number }) => void;
  /** The post's group order changed (to its chat room); `order.myShare` is null here: each client finds itself in `members`. */
  'order:updated': (e: { postId: number; order: OrderView }) => void;
  'game:updated': (e: { gameId: number; joined: number; capacity: number; status: string }) => void;
  'notification:new': (notification: NotificationView) => void;
  /** To the reader's own sockets, so every tab's bell shows the same count. */
  'notification:read': (e: { unreadCount: number }) => void;
  /** Who has a community post open right now, each user once however many tabs or processes. */
  'community:presence': (e: CommunityPresence) => void;
  /** A line of the post's live talk: broadcast to its readers, never stored. */
  'community:message': (e: { postId: number; id: string; body: string; user: { id: number; username: string }; sentAt: string }) => void;
  /** The author deleted the post its readers have open; they are then taken out of its room. */
  'community:deleted': (e: { postId: number }) => void;
  /** A new comment on the post its readers have open. */
  'community:comment': (comment: CommunityCommentView) => void;
};

export type CommunityPresence = { postId: number; count: number; users: { id: number; username: string }[] };

export type ClientToServerEvents = {
  /** `afterId`: the last message the client has; the ack carries what it missed. */
  'room:join': (p: { roomId: number; afterId?: number }, ack: Ack<{ missed: ChatMessageView[]; hasMore: boolean }>) => void;
  'room:leave': (p: { roomId: number }, ack: Ack) => void;
  'message:send': (p: { roomId: number; body: string; clientId?: string; replyToId?: number }, ack: Ack<{ message: ChatMessageView }>) => void;
  typing: (p: { roomId: number }, ack?: Ack) => void;
  'room:read': (p: { roomId: number; messageId: number }, ack: Ack<{ lastReadMessageId: number; unreadCount: number }>) => void;
  /** Start reading a community post: the ack carries who else is reading it. */
  'community:watch': (p: { postId: number }, ack?: Ack<{ presence: CommunityPresence }>) => void;
  'community:unwatch': (p: { postId: number }, ack?: Ack) => void;
  'community:say': (p: { postId: number; body: string }, ack?: Ack) => void;
  /** Start (or stop) getting `game:updated` for games in these 시군구 (lists) or these games (detail pages). */
  'games:watch': (p: GameWatch, ack: Ack) => void;
  'games:unwatch': (p: GameWatch, ack: Ack) => void;
};

/** 시군구 codes are 5 digits; games are public, so anyone signed in may watch any of them. */
export type GameWatch = { sigungu?: string[]; gameIds?: number[] };

/** Crosses processes with `fetchSockets`: see ./socket-identity. */
export type SocketData = { user: SocketIdentity };

/** Between app processes (through the adapter). */
export type InterServerEvents = {
  /** Events delivered by another process, for this process's local consumers (caches). */
  'events:relayed': (events: DeliveredEvent[]) => void;
};

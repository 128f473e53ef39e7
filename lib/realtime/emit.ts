import type { ChatRoom } from '@/db/schema';
import type { UserRef } from '@/lib/accounts/user-ref';
import { boardPages } from '@/lib/boards/board-cache';
import type { ChatMessageView } from '@/lib/chat/schema';
import type { NotificationView } from '@/lib/notifications/schema';
import { chatRoom, gameRoom, gamesRoom, getIo, sigunguRoom, userRoom } from './io';

/**
 * Events caused by HTTP mutations and socket handlers alike, called after the transaction
 * commits. With the Redis adapter they reach the sockets of every app process.
 */
export const emit = {
  message(message: ChatMessageView) {
    getIo()?.to(chatRoom(message.roomId)).emit('message:new', message);
  },
  memberJoined(room: ChatRoom, user: UserRef) {
    getIo()?.to(chatRoom(room.id)).emit('member:joined', { roomId: room.id, user, memberCount: room.memberCount });
  },
  memberLeft(room: ChatRoom, user: UserRef) {
    getIo()?.to(chatRoom(room.id)).emit('member:left', { roomId: room.id, user, memberCount: room.memberCount });
    getIo()?.in(userRoom(user.id)).socketsLeave(chatRoom(room.id));
  },
  memberBanned(room: ChatRoom, userId: number) {
    const io = getIo();
    const event = { roomId: room.id, userId, memberCount: room.memberCount };
    io?.to(chatRoom(room.id)).to(userRoom(userId)).emit('member:banned', event);
    io?.in(userRoom(userId)).socketsLeave(chatRoom(room.id));
  },
  roomDeleted(roomId: number) {
    // A deleted post room takes its post off the boards; which 시군구 is no longer known.
    boardPages.forget();
    const io = getIo();
    io?.to(chatRoom(roomId)).emit('room:deleted', { roomId });
    io?.in(chatRoom(roomId)).socketsLeave(chatRoom(roomId));
  },
  readState(userId: number, state: { roomId: number; lastReadMessageId: number; unreadCount: number }) {
    getIo()?.to(userRoom(userId)).emit('room:read', state);
  },
  /** A post was created or changed (its text, members or completion): boards show it from now on. */
  postUpdated(post: { id: number; joinNumber: number; isComplete: boolean; chatRoomId: number; neighbourhood: { code: string } }) {
    boardPages.forget(post.neighbourhood.code);
    getIo()
      ?.to(sigunguRoom(post.neighbourhood.code))
      .to(chatRoom(post.chatRoomId))
      .emit('post:updated', { postId: post.id, joinNumber: post.joinNumber, isComplete: post.isComplete });
  },
  /** A post and its room were deleted. */
  postDeleted(post: { id: number; chatRoomId: number; neighbourhoodCode: string }) {
    emit.roomDeleted(post.chatRoomId);
    boardPages.forget(post.neighbourhoodCode);
    getIo()?.to(sigunguRoom(post.neighbourhoodCode)).emit('post:deleted', { postId: post.id });
  },
  /** Seats or status of a game changed: to lists watching its 시군구 and to its detail pages. */
  gameUpdated(game: { id: number; joinedCount: number; maxPlayers: number; status: string; sigunguCode: string }) {
    getIo()
      ?.to(gamesRoom(game.sigunguCode))
      .to(gameRoom(game.id))
      .emit('game:updated', { gameId: game.id, joined: game.joinedCount, capacity: game.maxPlayers, status: game.status });
  },
  notification(userId: number, notification: NotificationView) {
    getIo()?.to(userRoom(userId)).emit('notification:new', notification);
  },
  /** The user read notifications in one tab: the bell in their other tabs follows. */
  notificationsRead(userId: number, unreadCount: number) {
    getIo()?.to(userRoom(userId)).emit('notification:read', { unreadCount });
  },
};

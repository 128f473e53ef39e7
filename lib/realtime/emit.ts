import type { ChatRoom } from '@/db/schema';
import type { UserRef } from '@/lib/accounts/user-ref';
import { boardPages } from '@/lib/boards/board-cache';
import type { ChatMessageView } from '@/lib/chat/schema';
import type { NotificationView } from '@/lib/notifications/schema';
import { chatRoom, communityRoom, gameRoom, gamesRoom, getIo, sigunguRoom, userRoom } from './io';

/**
 * Events caused by HTTP mutations and socket handlers alike, called after the transaction
 * commits. With the Redis adapter they reach the sockets of every app process.
 */
type RoomTarget = Pick<ChatRoom, 'id' | 'kind' | 'directLowUserId' | 'directHighUserId'>;

/**
 * A room's sockets; a direct room also reaches both people's every tab, joined to the room or
 * not, so a first message shows up in the other person's chat list.
 */
function toRoom(room: RoomTarget) {
  const targets = [chatRoom(room.id)];
  if (room.kind === 'direct') targets.push(userRoom(room.directLowUserId!), userRoom(room.directHighUserId!));
  return getIo()?.to(targets);
}

export const emit = {
  message(message: ChatMessageView, room?: RoomTarget) {
    (room ? toRoom(room) : getIo()?.to(chatRoom(message.roomId)))?.emit('message:new', message);
  },
  messageDeleted(room: RoomTarget, messageId: number) {
    toRoom(room)?.emit('message:deleted', { roomId: room.id, messageId });
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
  /** To the reader's tabs; `peerId` (a direct room's other member) learns how far they read. */
  readState(userId: number, state: { roomId: number; lastReadMessageId: number; unreadCount: number }, peerId: number | null) {
    const io = getIo();
    io?.to(userRoom(userId)).emit('room:read', { ...state, userId });
    if (peerId) io?.to(userRoom(peerId)).emit('room:read', { roomId: state.roomId, userId, lastReadMessageId: state.lastReadMessageId, unreadCount: 0 });
  },
  /** To everyone who has this user as a friend or shares a direct room with them. */
  presenceChanged(audience: number[], event: { userId: number; online: boolean; lastSeenAt: string | null }) {
    if (audience.length) getIo()?.to(audience.map(userRoom)).emit('presence:changed', event);
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
  /**
   * A post was hidden by moderation (open boards drop it as if deleted) or shown again (the
   * next load brings it back); either way its 시군구's cached pages are stale.
   */
  postVisibility(post: { id: number; neighbourhoodCode: string }, hidden: boolean) {
    boardPages.forget(post.neighbourhoodCode);
    if (hidden) getIo()?.to(sigunguRoom(post.neighbourhoodCode)).emit('post:deleted', { postId: post.id });
  },
  /** A community post was deleted: its open pages say so instead of showing a ghost. */
  communityPostDeleted(postId: number) {
    const io = getIo();
    io?.to(communityRoom(postId)).emit('community:deleted', { postId });
    io?.in(communityRoom(postId)).socketsLeave(communityRoom(postId));
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

import type { Db } from '@/db/client';
import type { ChatRoom, User } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { getPostByRoom } from '@/lib/boards/queries';
import { pushNotifications } from '@/lib/notifications/notify';
import { emit } from '@/lib/realtime/emit';
import { banMember, deleteRoom, joinRoom, leaveRoom, markRead, sendMessage } from './mutations';
import type { MessageInput } from './schema';

/**
 * Chat changes with their live events: the domain call commits, then the events go out.
 * Route handlers and socket handlers both come through here, so they can't drift apart.
 */

async function announcePost(db: Db, room: ChatRoom) {
  if (room.kind !== 'post') return;
  const post = await getPostByRoom(db, room.id, null);
  if (post) emit.postUpdated(post);
}

export async function join(db: Db, user: User, roomId: number) {
  const result = await joinRoom(db, user, roomId);
  if (result.joined) {
    emit.memberJoined(result.room, toUserRef(user));
    if (result.message) emit.message(result.message);
    pushNotifications(result.notifications);
    await announcePost(db, result.room);
  }
  return result;
}

export async function leave(db: Db, user: User, roomId: number) {
  const { room, message } = await leaveRoom(db, user, roomId);
  emit.message(message);
  emit.memberLeft(room, toUserRef(user));
  await announcePost(db, room);
}

export async function ban(db: Db, owner: User, roomId: number, targetId: number) {
  const { room, ban: created, message } = await banMember(db, owner, roomId, targetId);
  emit.message(message);
  emit.memberBanned(room, targetId);
  await announcePost(db, room);
  return created;
}

/** Deleting a post's room deletes the post too (cascade): its board hears of it. */
export async function removeRoom(db: Db, owner: User, roomId: number) {
  const post = await getPostByRoom(db, roomId, null);
  await deleteRoom(db, owner, roomId);
  if (post) emit.postDeleted({ id: post.id, chatRoomId: roomId, neighbourhoodCode: post.neighbourhood.code });
  else emit.roomDeleted(roomId);
}

export async function send(db: Db, user: User, roomId: number, input: MessageInput) {
  const result = await sendMessage(db, user, roomId, input);
  if (result.created) emit.message(result.message);
  return result;
}

export async function read(db: Db, user: User, roomId: number, messageId: number) {
  const state = await markRead(db, user, roomId, messageId);
  emit.readState(user.id, state);
  return state;
}

import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, mealPosts, type ChatRoom, type User } from '@/db/schema';
import { notify, type NewNotification } from '@/lib/notifications/notify';

/**
 * A neighbour took a seat in a meal post's room: its author hears of it, and when that seat was
 * the last one, everyone in the room hears the order is complete. Runs in the join's transaction.
 */
export async function mealPostJoinNotices(tx: Db, room: ChatRoom, joiner: User) {
  if (room.kind !== 'post') return [];
  const [post] = await tx.select({ id: mealPosts.id, title: mealPosts.title }).from(mealPosts).where(eq(mealPosts.chatRoomId, room.id));
  if (!post) return [];
  const link = `/posts/${post.id}`;
  const items: NewNotification[] = room.ownerId
    ? [{ userId: room.ownerId, type: 'post_joined', title: `${joiner.username}님이 같이 주문에 참여했어요`, body: post.title, link }]
    : [];
  if (room.isClosed) {
    const members = await tx.select({ userId: chatMembers.userId }).from(chatMembers).where(eq(chatMembers.roomId, room.id));
    for (const { userId } of members) {
      items.push({ userId, type: 'post_full', title: '같이 주문 인원이 다 모였어요', body: post.title, link });
    }
  }
  return notify(tx, items);
}

/**
 * Someone's first message to me in a direct room: a notice, once per sender and room (the
 * dedupe key makes every later message, and any race, a no-op). Its push is left to the
 * message's own (lib/push/kinds.ts), so a phone buzzes once.
 */
export async function firstDirectNotice(tx: Db, room: Pick<ChatRoom, 'id' | 'directLowUserId' | 'directHighUserId'>, sender: User, message: { body: string }) {
  const peerId = room.directLowUserId === sender.id ? room.directHighUserId : room.directLowUserId;
  if (!peerId) return [];
  const body = message.body.length > 80 ? `${message.body.slice(0, 79)}…` : message.body;
  return notify(tx, [{ userId: peerId, type: 'direct_first_message', title: `${sender.username}님이 메시지를 보냈어요`, body, link: `/chat/${room.id}`, dedupeKey: `direct_first:${room.id}:${sender.id}` }]);
}

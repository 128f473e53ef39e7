import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mealPosts } from '@/db/schema';
import { recordEvents, type DomainEvent } from '@/lib/events/record';
import { loadOrderState, toOrderView } from './queries';
import type { OrderView } from './schema';

/** The order sheet changed: everyone in the post's chat room (the post page and the room) redraws it. */
export const orderUpdated = (chatRoomId: number, order: OrderView): DomainEvent => ({
  type: 'order:updated',
  payload: { postId: order.postId, order },
  audience: { chatRooms: [chatRoomId] },
});

/** At the end of a change to the order, in its transaction: the sheet as it commits. */
export async function recordOrderUpdated(tx: Db, postId: number) {
  const [post] = await tx.select({ chatRoomId: mealPosts.chatRoomId }).from(mealPosts).where(eq(mealPosts.id, postId));
  if (!post) return;
  await recordEvents(tx, [orderUpdated(post.chatRoomId, toOrderView(await loadOrderState(tx, postId), null))]);
}

import { eq } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { chatRooms, type User } from '../../db/schema';
import { joinRoom } from '../../lib/chat/mutations';
import type { Clock } from '../../lib/core/clock';
import { addItem, putOrder } from '../../lib/orders/mutations';
import type { OrderInput } from '../../lib/orders/schema';
import { approvePayment, createPayment } from '../../lib/payments/mutations';
import { sandboxPaymentKey } from '../../lib/payments/providers/sandbox';
import { createTestPost } from './boards';
import { createUser } from './factories';

export const orderInput = (over: Partial<OrderInput> = {}): OrderInput => ({
  restaurant: '용담 치킨',
  menuUrl: null,
  minOrderAmount: 30000,
  deliveryFee: 4000,
  splitRule: 'equal',
  pickupPlace: '용담2동 주민센터 앞',
  orderBy: new Date(Date.now() + 3_600_000),
  ...over,
});

/** An organizer's meal post with `members` neighbours in its room (room capacity raised for big tests), and its order attached. */
export async function orderWithMembers(members: number, over: Partial<OrderInput> = {}, clock?: Clock) {
  const organizer = await createUser();
  const post = await createTestPost(organizer, { targetNumber: 10 });
  await getDb().update(chatRooms).set({ capacity: members + 1 }).where(eq(chatRooms.id, post.chatRoomId));
  const people: User[] = [];
  for (let i = 0; i < members; i++) {
    const user = await createUser();
    await joinRoom(getDb(), user, post.chatRoomId);
    people.push(user);
  }
  await putOrder(getDb(), organizer, post.id, orderInput(over), clock);
  return { organizer, post, members: people };
}

export const add = (user: User, postId: number, price: number, quantity = 1, name = '후라이드') => addItem(getDb(), user, postId, { name, price, quantity });

/** Checkout and sandbox approval of the payer's share, as /pay does. */
export async function payShare(user: User, postId: number, clock?: Clock) {
  const { payment } = await createPayment(getDb(), user, { purpose: 'meal_order', subjectId: postId }, clock);
  return approvePayment(getDb(), user, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, clock);
}

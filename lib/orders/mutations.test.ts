import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mealOrderItems, mealOrderShares, notifications, paymentEvents, payments } from '@/db/schema';
import { deletePost } from '@/lib/boards/mutations';
import { recordedEvents } from '@/tests/support/events';
import { add, orderWithMembers, payShare } from '@/tests/support/orders';
import { cancelOrder, lockOrderShares, markDelivered, markPlaced, putOrder, settleDuePayBy, unlockOrder, updateItem, withdrawFromOrder } from './mutations';
import { getOrder } from './queries';
import { orderInput } from '@/tests/support/orders';
import { ledgerBalance } from '@/lib/settlements/ledger';
import { settlementEntries } from '@/db/schema';

const db = () => getDb();
const reasonOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    return (error as { extra?: { reason?: string }; code?: string }).extra?.reason ?? (error as { code?: string }).code ?? String(error);
  }
  return 'no error';
};
const noticesOf = async (userId: number) =>
  (await db().select({ type: notifications.type }).from(notifications).where(eq(notifications.userId, userId)))
    .map((n) => n.type)
    .filter((t) => t.startsWith('meal_order'))
    .sort();

describe('a group order', () => {
  it('collects, locks with shares that add up, takes every member’s payment, is placed and delivered', async () => {
    const { organizer, post, members } = await orderWithMembers(2, { minOrderAmount: 30000, deliveryFee: 4000, splitRule: 'equal' });
    const [a, b] = members as [never, never];
    await add(organizer, post.id, 18000);
    await add(a, post.id, 10000);
    await add(b, post.id, 3000, 2, '콜라');
    const preview = await getOrder(db(), (a as { id: number }).id, post.id);
    expect(preview).toMatchObject({ status: 'collecting', itemsTotal: 34000, grandTotal: 38000, myShare: 11333 });
    expect(preview.members.map((m) => [m.isOrganizer, m.itemsAmount, m.feeShare, m.share])).toEqual([
      [true, 18000, 1334, 19334],
      [false, 10000, 1333, 11333],
      [false, 6000, 1333, 7333],
    ]);

    const locked = await lockOrderShares(db(), organizer, post.id);
    expect(locked.status).toBe('locked');
    expect(new Date(locked.payBy!).getTime() - new Date(locked.lockedAt!).getTime()).toBe(20 * 60_000);
    expect(await reasonOf(add(a, post.id, 5000))).toBe('order_locked');
    expect(await reasonOf(putOrder(db(), organizer, post.id, orderInput()))).toBe('order_locked');
    expect(await noticesOf((a as { id: number }).id)).toEqual(['meal_order_locked']);

    await payShare(a, post.id);
    expect((await getOrder(db(), organizer.id, post.id)).status).toBe('locked');
    await payShare(b, post.id);
    const paid = await getOrder(db(), organizer.id, post.id);
    expect(paid.status).toBe('paid');
    expect(paid.members.map((m) => m.paymentStatus)).toEqual(['organizer', 'paid', 'paid']);
    expect(await noticesOf(organizer.id)).toEqual(['meal_order_paid']);

    expect(await reasonOf(markDelivered(db(), organizer, post.id))).toBe('not_ordered');
    await markPlaced(db(), organizer, post.id);
    const delivered = await markDelivered(db(), organizer, post.id);
    expect(delivered.status).toBe('delivered');
    expect(await noticesOf((b as { id: number }).id)).toEqual(['meal_order_delivered', 'meal_order_locked', 'meal_order_paid']);
    const updates = await recordedEvents<{ postId: number; order: { status: string; myShare: null } }>('order:updated');
    expect(updates.at(-1)).toMatchObject({ payload: { postId: post.id, order: { status: 'delivered', myShare: null } }, audience: { chatRooms: [post.chatRoomId] } });
    expect(new Set(updates.map((u) => u.payload.order.status))).toEqual(new Set(['collecting', 'locked', 'paid', 'ordered', 'delivered']));
  });

  it('refuses a lock below the minimum or with nothing in it; the organizer alone is paid at once', async () => {
    const { organizer, post, members } = await orderWithMembers(1, { minOrderAmount: 20000 });
    expect(await reasonOf(lockOrderShares(db(), organizer, post.id))).toBe('no_items');
    await add(members[0]!, post.id, 15000);
    expect(await reasonOf(lockOrderShares(db(), members[0]!, post.id))).toBe('forbidden');
    expect(await reasonOf(lockOrderShares(db(), organizer, post.id))).toBe('below_minimum');
    const solo = await orderWithMembers(0, { minOrderAmount: 0 });
    await add(solo.organizer, solo.post.id, 9000);
    expect((await lockOrderShares(db(), solo.organizer, solo.post.id)).status).toBe('paid');
  });

  it('unlocks while nobody has paid (open checkouts fail), not after', async () => {
    const { organizer, post, members } = await orderWithMembers(2, { minOrderAmount: 0 });
    await add(members[0]!, post.id, 10000);
    await add(members[1]!, post.id, 10000);
    await lockOrderShares(db(), organizer, post.id);
    const { createPayment } = await import('@/lib/payments/mutations');
    const { payment } = await createPayment(db(), members[0]!, { purpose: 'meal_order', subjectId: post.id });
    const back = await unlockOrder(db(), organizer, post.id);
    expect(back).toMatchObject({ status: 'collecting', payBy: null });
    expect((await db().select().from(payments).where(eq(payments.id, payment.id)))[0]!.status).toBe('failed');
    await updateItem(db(), members[0]!, post.id, back.members[1]!.items[0]!.id, { quantity: 2 });
    await lockOrderShares(db(), organizer, post.id);
    await payShare(members[0]!, post.id);
    expect(await reasonOf(unlockOrder(db(), organizer, post.id))).toBe('already_paid');
  });

  it('a paid member who withdraws is refunded in full; the others’ shares go up and the organizer covers the paid one', async () => {
    const { organizer, post, members } = await orderWithMembers(3, { minOrderAmount: 10000, deliveryFee: 3000, splitRule: 'equal' });
    const [a, b, c] = members as [typeof organizer, typeof organizer, typeof organizer];
    for (const m of [a, b, c]) await add(m, post.id, 10000);
    await lockOrderShares(db(), organizer, post.id);
    await payShare(a, post.id);
    await payShare(b, post.id);
    const { refundedAmount, order } = await withdrawFromOrder(db(), a, post.id);
    expect(refundedAmount).toBe(11000);
    // 3,000 over two members now: b paid 11,000 and owes 11,500 (the organizer covers 500), c owes 11,500.
    expect(order.members.map((m) => [m.user.id, m.share, m.paymentStatus, m.coveredAmount])).toEqual([
      [organizer.id, 0, 'organizer', 0],
      [b.id, 11500, 'paid', 500],
      [c.id, 11500, 'unpaid', 0],
    ]);
    expect(order.departed).toEqual([expect.objectContaining({ user: expect.objectContaining({ id: a.id }), status: 'withdrawn', refundedAmount: 11000 })]);
    const [aPayment] = await db().select().from(payments).where(eq(payments.userId, a.id));
    expect(aPayment).toMatchObject({ status: 'cancelled', cancelledAmount: 11000 });
    await payShare(c, post.id);
    expect((await getOrder(db(), c.id, post.id)).status).toBe('paid');
    // Leaving would take the order below its minimum: refused.
    const { organizer: o2, post: p2, members: m2 } = await orderWithMembers(2, { minOrderAmount: 20000 });
    await add(m2[0]!, p2.id, 10000);
    await add(m2[1]!, p2.id, 10000);
    await lockOrderShares(db(), o2, p2.id);
    expect(await reasonOf(withdrawFromOrder(db(), m2[0]!, p2.id))).toBe('below_minimum');
    expect(await reasonOf(withdrawFromOrder(db(), o2, p2.id))).toBe('organizer');
    await markPlaced(db(), organizer, post.id);
    expect(await reasonOf(withdrawFromOrder(db(), b, post.id))).toBe('order_placed');
    await markDelivered(db(), organizer, post.id);
    // The organizer's settlement: b's and c's final shares, minus the 500 covered for b: what they actually paid.
    const entries = await db().select().from(settlementEntries).where(eq(settlementEntries.subjectId, post.id));
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([
      ['meal_order_income', 11500],
      ['organizer_cover', -500],
      ['meal_order_income', 11500],
    ]);
    expect(await ledgerBalance(db(), organizer.id)).toBe(22500);
    expect(await ledgerBalance(db(), a.id)).toBe(0);
  });

  it('at payBy unpaid members are dropped and the rest recomputed; below the minimum everyone is refunded', async () => {
    const { organizer, post, members } = await orderWithMembers(3, { minOrderAmount: 20000, deliveryFee: 3000, splitRule: 'proportional' });
    const [a, b, c] = members as [typeof organizer, typeof organizer, typeof organizer];
    await add(a, post.id, 10000);
    await add(b, post.id, 20000);
    await add(c, post.id, 5000);
    const locked = await lockOrderShares(db(), organizer, post.id);
    await payShare(a, post.id);
    await payShare(b, post.id);
    expect(await settleDuePayBy(db(), new Date(new Date(locked.payBy!).getTime() - 1000))).toEqual([]);
    expect(await settleDuePayBy(db(), new Date(locked.payBy!))).toEqual([post.id]);
    const after = await getOrder(db(), a.id, post.id);
    expect(after.status).toBe('paid');
    expect(after.itemsTotal).toBe(30000);
    // a: 10000/30000 × 3000 = 1000 (was 857), b: 2000 (was 1714): both went up, the organizer covers.
    expect(after.members.map((m) => [m.user.id, m.share, m.coveredAmount])).toEqual([
      [organizer.id, 0, 0],
      [a.id, 11000, 143],
      [b.id, 22000, 286],
    ]);
    expect(await noticesOf(c.id)).toEqual(['meal_order_dropped', 'meal_order_locked']);
    expect(await db().select().from(mealOrderItems).where(eq(mealOrderItems.userId, c.id))).toEqual([]);
    expect(await settleDuePayBy(db(), new Date(Date.now() + 3_600_000))).toEqual([]);

    const second = await orderWithMembers(2, { minOrderAmount: 20000 });
    const [x, y] = second.members as [typeof organizer, typeof organizer];
    await add(x, second.post.id, 10000);
    await add(y, second.post.id, 10000);
    const l2 = await lockOrderShares(db(), second.organizer, second.post.id);
    await payShare(x, second.post.id);
    await settleDuePayBy(db(), new Date(l2.payBy!));
    const cancelled = await getOrder(db(), x.id, second.post.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.members.find((m) => m.user.id === x.id)).toMatchObject({ paymentStatus: 'refunded', refundedAmount: 12000 });
    expect(await noticesOf(x.id)).toEqual(['meal_order_cancelled', 'meal_order_locked']);
    const [notice] = await db().select().from(notifications).where(and(eq(notifications.userId, x.id), eq(notifications.type, 'meal_order_cancelled')));
    expect(notice!.title).toContain('12,000원');
  });

  it('cancel refunds every payment in full exactly once; the second cancel is a 409', async () => {
    const { organizer, post, members } = await orderWithMembers(2, { minOrderAmount: 0 });
    await add(members[0]!, post.id, 10000);
    await add(members[1]!, post.id, 10000);
    await lockOrderShares(db(), organizer, post.id);
    await payShare(members[0]!, post.id);
    const cancelled = await cancelOrder(db(), organizer, post.id, { reason: '가게가 문을 닫았어요' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '가게가 문을 닫았어요' });
    expect(await reasonOf(cancelOrder(db(), organizer, post.id, { reason: '다시' }))).toBe('order_cancelled');
    const refunds = await db().select().from(paymentEvents).where(eq(paymentEvents.type, 'cancelled'));
    expect(refunds.map((r) => r.amount)).toEqual([12000]);
    expect(await reasonOf(payShare(members[1]!, post.id))).toBe('order_not_payable');
  });

  it('the database holds the invariants: balanced locked shares, no item after the lock, no deleting an order with money in it', async () => {
    const { organizer, post, members } = await orderWithMembers(1, { minOrderAmount: 0 });
    await add(members[0]!, post.id, 10000);
    await lockOrderShares(db(), organizer, post.id);
    const pgCode = async (p: Promise<unknown>) => ((await p.then(() => null, (e: { cause?: { code?: string }; code?: string }) => e.cause?.code ?? e.code)) ?? 'ok');
    expect(
      await pgCode(db().transaction((tx) => tx.update(mealOrderShares).set({ itemsAmount: sql`items_amount + 1`, share: sql`share + 1` }).where(eq(mealOrderShares.userId, members[0]!.id)))),
    ).toBe('23514');
    expect(await pgCode(db().insert(mealOrderItems).values({ postId: post.id, userId: members[0]!.id, name: '몰래', price: 1000, quantity: 1 }))).toBe('23514');
    expect(await pgCode(deletePost(db(), organizer, post.id))).toBe('23514');
    await cancelOrder(db(), organizer, post.id, { reason: '취소' });
    await deletePost(db(), organizer, post.id);
  });
});

import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mealOrderItems, mealOrders, mealOrderShares, notifications, paymentEvents, payments } from '@/db/schema';
import { approvePayment, createPayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { add, orderWithMembers, payShare } from '@/tests/support/orders';
import { cancelOrder, lockOrderShares, settleDuePayBy } from './mutations';

const db = () => getDb();
const settled = async (promises: Promise<unknown>[]) => Promise.allSettled(promises);
const reason = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? ((r.reason as { extra?: { reason?: string } }).extra?.reason ?? String(r.reason)) : 'ok');

// PGlite runs one transaction at a time and would hide these races (PITFALLS.md): PostgreSQL only.
describe.runIf(process.env.DATABASE_URL)('group order races (PostgreSQL)', () => {
  it('10 members adding items while the organizer locks: no item lands after the lock', async () => {
    const { organizer, post, members } = await orderWithMembers(10, { minOrderAmount: 0 });
    await add(members[0]!, post.id, 10000);
    const adds = members.map((m, i) => add(m, post.id, 1000 * (i + 1), 1, `메뉴 ${i}`));
    const results = await settled([...adds, lockOrderShares(db(), organizer, post.id)]);
    expect(reason(results.at(-1)!)).toBe('ok');
    const addResults = results.slice(0, -1);
    expect(new Set(addResults.map(reason))).toSatisfy((s: Set<string>) => [...s].every((r) => r === 'ok' || r === 'order_locked'));
    const items = await db().select().from(mealOrderItems).where(eq(mealOrderItems.postId, post.id));
    // Every item that exists was taken into the shares fixed at the lock, and only those.
    expect(items).toHaveLength(1 + addResults.filter((r) => r.status === 'fulfilled').length);
    const shares = await db().select().from(mealOrderShares).where(eq(mealOrderShares.postId, post.id));
    const itemsTotal = items.reduce((s, i) => s + i.price * i.quantity, 0);
    expect(shares.reduce((s, x) => s + x.itemsAmount, 0)).toBe(itemsTotal);
    expect(shares.reduce((s, x) => s + x.share, 0)).toBe(itemsTotal + 4000);
  });

  it('10 members paying at once: one approval each, the order becomes paid once', async () => {
    const { organizer, post, members } = await orderWithMembers(10, { minOrderAmount: 0 });
    for (const m of members) await add(m, post.id, 10000);
    await lockOrderShares(db(), organizer, post.id);
    // Each member double-clicks: two approvals of one checkout racing the others'.
    const checkouts = await Promise.all(members.map(async (m) => ({ m, payment: (await createPayment(db(), m, { purpose: 'meal_order', subjectId: post.id })).payment })));
    const approvals = checkouts.flatMap(({ m, payment }) =>
      [0, 1].map(() => approvePayment(db(), m, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) })),
    );
    const results = await settled(approvals);
    expect(results.map(reason).filter((r) => r !== 'ok')).toEqual([]);
    const approved = await db().select().from(paymentEvents).where(eq(paymentEvents.type, 'approved'));
    expect(approved).toHaveLength(10);
    expect(new Set(approved.map((e) => e.paymentId)).size).toBe(10);
    const [order] = await db().select().from(mealOrders).where(eq(mealOrders.postId, post.id));
    expect(order!.status).toBe('paid');
    const paidNotices = await db().select().from(notifications).where(eq(notifications.type, 'meal_order_paid'));
    expect(paidNotices).toHaveLength(11);
  });

  it('cancel racing payment approvals: every approved payment is refunded exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const { organizer, post, members } = await orderWithMembers(6, { minOrderAmount: 0 });
      for (const m of members) await add(m, post.id, 10000);
      await lockOrderShares(db(), organizer, post.id);
      const checkouts = await Promise.all(members.map(async (m) => ({ m, payment: (await createPayment(db(), m, { purpose: 'meal_order', subjectId: post.id })).payment })));
      const racers: Promise<unknown>[] = checkouts.map(({ m, payment }) => approvePayment(db(), m, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }));
      racers.splice(round * 2, 0, cancelOrder(db(), organizer, post.id, { reason: '경합 시험' }));
      const results = await settled(racers);
      expect(results.map(reason).filter((r) => !['ok', 'order_not_payable', 'failed'].includes(r))).toEqual([]);
      const ids = checkouts.map((c) => c.payment.id);
      const rows = await db().select().from(payments).where(inArray(payments.id, ids));
      const events = await db().select().from(paymentEvents).where(inArray(paymentEvents.paymentId, ids));
      for (const p of rows) {
        const approvedOnce = events.filter((e) => e.paymentId === p.id && e.type === 'approved').length;
        const refunds = events.filter((e) => e.paymentId === p.id && e.type === 'cancelled');
        if (approvedOnce) {
          expect(p).toMatchObject({ status: 'cancelled', cancelledAmount: p.amount });
          expect(refunds).toHaveLength(1);
        } else {
          expect(refunds).toHaveLength(0);
          expect(p.status === 'failed' || p.status === 'ready').toBe(true);
        }
      }
      const [order] = await db().select().from(mealOrders).where(eq(mealOrders.postId, post.id));
      expect(order!.status).toBe('cancelled');
    }
  });

  it('the payBy job on two processes at once: each drop and each refund exactly once', async () => {
    const { organizer, post, members } = await orderWithMembers(6, { minOrderAmount: 35000, deliveryFee: 3000 });
    for (const m of members) await add(m, post.id, 10000);
    const locked = await lockOrderShares(db(), organizer, post.id);
    // Three pay, three don't: 30,000 left is below 35,000, so the order is cancelled and the three refunded.
    for (const m of members.slice(0, 3)) await payShare(m, post.id);
    const second = await orderWithMembers(4, { minOrderAmount: 10000, deliveryFee: 3000 });
    for (const m of second.members) await add(m, second.post.id, 10000);
    await lockOrderShares(db(), second.organizer, second.post.id);
    for (const m of second.members.slice(0, 2)) await payShare(m, second.post.id);
    const at = new Date(new Date(locked.payBy!).getTime() + 60_000);
    const runs = await Promise.all([settleDuePayBy(db(), at), settleDuePayBy(db(), at), settleDuePayBy(db(), at)]);
    expect(runs.flat().sort()).toEqual([post.id, second.post.id].sort());
    const dropped = await db().select().from(notifications).where(eq(notifications.type, 'meal_order_dropped'));
    expect(dropped.map((n) => n.userId).sort()).toEqual([...members.slice(3), ...second.members.slice(2)].map((m) => m.id).sort());
    const refunds = await db().select().from(paymentEvents).where(eq(paymentEvents.type, 'cancelled'));
    expect(refunds).toHaveLength(3);
    const [first] = await db().select().from(mealOrders).where(eq(mealOrders.postId, post.id));
    const [other] = await db().select().from(mealOrders).where(eq(mealOrders.postId, second.post.id));
    expect([first!.status, other!.status]).toEqual(['cancelled', 'paid']);
    const covered = await db()
      .select()
      .from(mealOrderShares)
      .where(and(eq(mealOrderShares.postId, second.post.id), eq(mealOrderShares.status, 'paid')));
    // 3,000 over four became 3,000 over two: each paid share went up by 750, covered by the organizer.
    expect(covered.map((s) => s.coveredAmount)).toEqual([750, 750]);
  });
});

import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mealOrderItems, mealOrders, mealOrderShares, payments, settlementEntries } from '@/db/schema';
import { DomainError } from '@/lib/core/domain-error';
import { ledgerBalance } from '@/lib/settlements/ledger';
import { add, orderWithMembers, payShare } from '@/tests/support/orders';
import { cancelOrder, lockOrderShares, markDelivered, markPlaced, settleDuePayBy, withdrawFromOrder } from './mutations';

const db = () => getDb();

type Op =
  | { type: 'add'; who: number; price: number; quantity: number }
  | { type: 'lock' | 'payBy' | 'cancel' | 'place' | 'deliver' }
  | { type: 'pay' | 'withdraw'; who: number };

const who = fc.integer({ min: 0, max: 3 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('add' as const), who, price: fc.integer({ min: 100, max: 30_000 }), quantity: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('lock' as const) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('pay' as const), who }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('withdraw' as const), who }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('payBy' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('cancel' as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('place' as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('deliver' as const) }) },
);

const scenario = fc.record({
  splitRule: fc.constantFrom('equal' as const, 'proportional' as const),
  minOrderAmount: fc.integer({ min: 0, max: 40_000 }),
  deliveryFee: fc.integer({ min: 0, max: 7_000 }),
  feeRate: fc.constantFrom('0', '0.05', '0.033'),
  // A plausible order first (items, the lock, payments), then anything: the interesting states are reached often.
  ops: fc
    .tuple(
      fc.array(fc.record({ type: fc.constant('add' as const), who, price: fc.integer({ min: 1_000, max: 30_000 }), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 6 }),
      fc.array(op, { maxLength: 4 }),
      fc.subarray<Op>([{ type: 'lock' }, { type: 'pay', who: 1 }, { type: 'pay', who: 2 }, { type: 'pay', who: 3 }]),
      fc.array(op, { maxLength: 6 }),
      fc.subarray<Op>([{ type: 'payBy' }, { type: 'place' }, { type: 'deliver' }], { minLength: 1 }),
    )
    .map(([adds, a, flow, b, tail]) => [...adds, ...a, ...flow, ...b, ...tail]),
});

/** Runs one step; what the rules refuse (a DomainError: 403, 404, 409) is part of the sequence, not a failure. */
async function step(o: Op, ctx: Awaited<ReturnType<typeof orderWithMembers>>) {
  const everyone = [ctx.organizer, ...ctx.members];
  const postId = ctx.post.id;
  try {
    switch (o.type) {
      case 'add':
        return await add(everyone[o.who]!, postId, o.price, o.quantity);
      case 'lock':
        return await lockOrderShares(db(), ctx.organizer, postId);
      case 'pay':
        return await payShare(everyone[o.who]!, postId);
      case 'withdraw':
        return await withdrawFromOrder(db(), everyone[o.who]!, postId);
      case 'payBy':
        return await settleDuePayBy(db(), new Date(Date.now() + 24 * 3_600_000));
      case 'cancel':
        return await cancelOrder(db(), ctx.organizer, postId, { reason: '속성 시험' });
      case 'place':
        return await markPlaced(db(), ctx.organizer, postId);
      case 'deliver':
        return await markDelivered(db(), ctx.organizer, postId);
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
}

afterEach(() => {
  delete process.env.PLATFORM_FEE_RATE_MEAL_ORDER;
});

describe('the settlement ledger of group orders (property)', () => {
  it('for every user, balance = approved payments − refunds − fees of the orders they organized and that were delivered; shares always balance', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ splitRule, minOrderAmount, deliveryFee, feeRate, ops }) => {
        process.env.PLATFORM_FEE_RATE_MEAL_ORDER = feeRate;
        const ctx = await orderWithMembers(3, { splitRule, minOrderAmount, deliveryFee });
        for (const o of ops) await step(o, ctx);

        const postId = ctx.post.id;
        const [order] = await db().select().from(mealOrders).where(eq(mealOrders.postId, postId));
        const pays = await db()
          .select()
          .from(payments)
          .where(and(eq(payments.purpose, 'meal_order'), eq(payments.subjectId, postId)));
        const approved = pays.filter((p) => p.approvedAt !== null);
        const entries = await db().select().from(settlementEntries).where(eq(settlementEntries.subjectId, postId));
        const fees = -entries.filter((e) => e.kind === 'platform_fee').reduce((s, e) => s + e.amount, 0);
        const collected = approved.reduce((s, p) => s + p.amount - p.cancelledAmount, 0);

        for (const user of [ctx.organizer, ...ctx.members]) {
          const balance = await ledgerBalance(db(), user.id);
          const expected = user.id === ctx.organizer.id && order!.status === 'delivered' ? collected - fees : 0;
          expect(balance).toBe(expected);
        }
        // Before delivery nothing is credited; a cancelled order gave every payment back in full.
        if (order!.status !== 'delivered') expect(entries).toEqual([]);
        if (order!.status === 'cancelled') expect(approved.every((p) => p.cancelledAmount === p.amount)).toBe(true);
        // Nobody is charged more than their share, and a locked order's live shares add up.
        const shares = await db().select().from(mealOrderShares).where(eq(mealOrderShares.postId, postId));
        for (const s of shares) {
          expect(s.paidAmount - s.refundedAmount).toBeGreaterThanOrEqual(0);
          if (s.status === 'paid') expect(s.paidAmount - s.refundedAmount).toBeLessThanOrEqual(s.share);
          if (s.status === 'dropped' || s.status === 'withdrawn') expect(s.refundedAmount).toBe(s.paidAmount);
        }
        if (!['collecting', 'cancelled'].includes(order!.status)) {
          const [{ total }] = (await db()
            .select({ total: sql<number>`coalesce(sum(${mealOrderItems.price} * ${mealOrderItems.quantity}), 0)::int` })
            .from(mealOrderItems)
            .where(eq(mealOrderItems.postId, postId))) as [{ total: number }];
          const live = shares.filter((s) => ['organizer', 'unpaid', 'paid'].includes(s.status));
          expect(live.reduce((s, x) => s + x.share, 0)).toBe(total + deliveryFee);
        }
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});

import { and, asc, count, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mealOrderItems, mealOrders, mealOrderShares, type MealOrder, type MealOrderShare, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, fieldError, forbidden, notFound } from '@/lib/core/domain-error';
import { transact } from '@/lib/core/transact';
import { env } from '@/lib/env';
import { recordEvent, recordEvents } from '@/lib/events/record';
import { trustInputChanged } from '@/lib/trust/events';
import { recordOrderUpdated } from './events';
import { settleDeliveredOrder } from './settlement';
import { failOpenPayments, heldBy, lockOrderPayments, refundShare } from './money';
import { paidIfComplete } from './completion';
import { noticeCancelled, noticeDelivered, noticeDropped, noticeLocked } from './notices';
import { isLive, itemsAmountByUser, loadOrderState, requireOrderMember, toOrderView } from './queries';
import { MAX_ITEMS_PER_MEMBER, type ItemInput, type OrderInput, type UpdateItemInput } from './schema';
import { computeShares } from './shares';

const locked = () => conflict('주문이 확정되어 메뉴를 바꿀 수 없습니다.', undefined, 'order_locked');

async function lockOrder(tx: Db, postId: number) {
  const [order] = await tx.select().from(mealOrders).where(eq(mealOrders.postId, postId)).for('update');
  if (!order) throw notFound('이 글에는 아직 주문서가 없습니다.');
  return order;
}

/** The organizer's order, locked; a member gets 403, a stranger 403 from the room check (404 for a missing post). */
async function lockOrganizerOrder(tx: Db, organizer: User, postId: number) {
  await requireOrderMember(tx, postId, organizer.id);
  const order = await lockOrder(tx, postId);
  if (order.organizerId !== organizer.id) throw forbidden('주문을 연 글쓴이만 할 수 있습니다.');
  return order;
}

async function viewAfter(db: Db, postId: number, viewerId: number) {
  return toOrderView(await loadOrderState(db, postId), viewerId);
}

const updateOrder = (tx: Db, postId: number, fields: Partial<typeof mealOrders.$inferInsert>) =>
  tx.update(mealOrders).set(fields).where(eq(mealOrders.postId, postId)).returning();

/** PUT: the post's author attaches the order, or changes it while it still collects. */
export async function putOrder(db: Db, author: User, postId: number, input: OrderInput, clock: Clock = systemClock) {
  const now = clock();
  if (input.orderBy <= now) throw fieldError('orderBy', '주문 시각은 지금 이후여야 합니다.');
  await transact(db, async (tx) => {
    const post = await requireOrderMember(tx, postId, author.id);
    if (post.authorId !== author.id) throw forbidden('글쓴이만 주문서를 붙일 수 있습니다.');
    const fields = { ...input, menuUrl: input.menuUrl ?? null, updatedAt: now };
    const [created] = await tx
      .insert(mealOrders)
      .values({ postId, organizerId: author.id, ...fields, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      const order = await lockOrder(tx, postId);
      if (order.status !== 'collecting') throw conflict('확정된 주문은 고칠 수 없습니다.', undefined, 'order_locked');
      await updateOrder(tx, postId, fields);
    }
    await recordOrderUpdated(tx, postId);
  });
  return viewAfter(db, postId, author.id);
}

/** A member's own item, added while the order collects. The order row's lock orders adds against the lock. */
export async function addItem(db: Db, user: User, postId: number, input: ItemInput, clock: Clock = systemClock) {
  const item = await transact(db, async (tx) => {
    await requireOrderMember(tx, postId, user.id);
    const order = await lockOrder(tx, postId);
    if (order.status !== 'collecting') throw locked();
    const [mine] = await tx
      .select({ n: count() })
      .from(mealOrderItems)
      .where(and(eq(mealOrderItems.postId, postId), eq(mealOrderItems.userId, user.id)));
    if (mine!.n >= MAX_ITEMS_PER_MEMBER) throw conflict(`메뉴는 한 사람당 ${MAX_ITEMS_PER_MEMBER}개까지 담을 수 있습니다.`, undefined, 'too_many_items');
    const now = clock();
    const [row] = await tx.insert(mealOrderItems).values({ postId, userId: user.id, ...input, createdAt: now, updatedAt: now }).returning();
    await recordOrderUpdated(tx, postId);
    return row!;
  });
  return { item: { id: item.id, name: item.name, price: item.price, quantity: item.quantity }, order: await viewAfter(db, postId, user.id) };
}

async function lockOwnItem(tx: Db, user: User, postId: number, itemId: number) {
  await requireOrderMember(tx, postId, user.id);
  const order = await lockOrder(tx, postId);
  const [item] = await tx
    .select()
    .from(mealOrderItems)
    .where(and(eq(mealOrderItems.id, itemId), eq(mealOrderItems.postId, postId)));
  if (!item) throw notFound('메뉴를 찾을 수 없습니다.');
  if (item.userId !== user.id) throw forbidden('내가 담은 메뉴만 바꿀 수 있습니다.');
  if (order.status !== 'collecting') throw locked();
  return item;
}

export async function updateItem(db: Db, user: User, postId: number, itemId: number, input: UpdateItemInput, clock: Clock = systemClock) {
  const item = await transact(db, async (tx) => {
    await lockOwnItem(tx, user, postId, itemId);
    const [row] = await tx
      .update(mealOrderItems)
      .set({ ...input, updatedAt: clock() })
      .where(eq(mealOrderItems.id, itemId))
      .returning();
    await recordOrderUpdated(tx, postId);
    return row!;
  });
  return { item: { id: item.id, name: item.name, price: item.price, quantity: item.quantity }, order: await viewAfter(db, postId, user.id) };
}

export async function deleteItem(db: Db, user: User, postId: number, itemId: number) {
  await transact(db, async (tx) => {
    await lockOwnItem(tx, user, postId, itemId);
    await tx.delete(mealOrderItems).where(eq(mealOrderItems.id, itemId));
    await recordOrderUpdated(tx, postId);
  });
}

async function itemAmounts(tx: Db, postId: number) {
  const items = await tx.select().from(mealOrderItems).where(eq(mealOrderItems.postId, postId));
  const amounts = itemsAmountByUser(items);
  return { amounts, total: [...amounts.values()].reduce((a, b) => a + b, 0) };
}

const belowMinimum = (order: MealOrder, total: number) =>
  conflict(
    `최소 주문 금액 ${order.minOrderAmount.toLocaleString('ko-KR')}원에 ${(order.minOrderAmount - total).toLocaleString('ko-KR')}원 모자랍니다.`,
    undefined,
    'below_minimum',
  );

/** Organizer: fixes the shares and opens payment until payBy. */
export async function lockOrderShares(db: Db, organizer: User, postId: number, clock: Clock = systemClock) {
  await transact(db, async (tx) => {
    const order = await lockOrganizerOrder(tx, organizer, postId);
    if (order.status !== 'collecting') throw conflict('이미 확정된 주문입니다.', undefined, 'order_locked');
    const { amounts, total } = await itemAmounts(tx, postId);
    if (total === 0) throw conflict('담긴 메뉴가 없습니다.', undefined, 'no_items');
    if (total < order.minOrderAmount) throw belowMinimum(order, total);
    const now = clock();
    const shares = computeShares({
      rule: order.splitRule,
      deliveryFee: order.deliveryFee,
      organizerId: order.organizerId,
      members: [...amounts].map(([userId, itemsAmount]) => ({ userId, itemsAmount })),
    });
    const [lockedOrder] = await updateOrder(tx, postId, {
      status: 'locked',
      lockedAt: now,
      payBy: new Date(now.getTime() + env().MEAL_ORDER_PAY_MINUTES * 60_000),
      updatedAt: now,
    });
    await tx.insert(mealOrderShares).values(
      shares.map((s) => ({ postId, ...s, status: s.userId === order.organizerId ? ('organizer' as const) : ('unpaid' as const), createdAt: now, updatedAt: now })),
    );
    const owing = shares.filter((s) => s.userId !== order.organizerId);
    await noticeLocked(tx, lockedOrder!, owing);
    await paidIfComplete(tx, lockedOrder!, now);
    await recordOrderUpdated(tx, postId);
  });
  return viewAfter(db, postId, organizer.id);
}

/** Organizer: back to collecting, while nobody has paid. */
export async function unlockOrder(db: Db, organizer: User, postId: number, clock: Clock = systemClock) {
  await transact(db, async (tx) => {
    await lockOrderPayments(tx, postId);
    const order = await lockOrganizerOrder(tx, organizer, postId);
    if (order.status !== 'locked') throw conflict('확정된 주문만 되돌릴 수 있습니다.', undefined, 'not_locked');
    const shares = await tx.select().from(mealOrderShares).where(eq(mealOrderShares.postId, postId));
    if (shares.some((s) => s.paidAmount > 0)) throw conflict('이미 결제한 이웃이 있어 되돌릴 수 없습니다. 주문을 취소해 주세요.', undefined, 'already_paid');
    await failOpenPayments(tx, postId, clock, '주최자가 주문을 다시 열었습니다.');
    await tx.delete(mealOrderShares).where(eq(mealOrderShares.postId, postId));
    await updateOrder(tx, postId, { status: 'collecting', payBy: null, lockedAt: null, updatedAt: clock() });
    await recordOrderUpdated(tx, postId);
  });
  return viewAfter(db, postId, organizer.id);
}

/**
 * The live shares again by the order's rule, after members left. A paid share that went down is
 * refunded the difference; one that went up is covered by the organizer (nobody who paid is
 * charged twice); an open checkout whose amount is now wrong fails, so the member pays the new one.
 */
async function recomputeShares(tx: Db, order: MealOrder, clock: Clock) {
  const now = clock();
  const live = (await tx.select().from(mealOrderShares).where(eq(mealOrderShares.postId, order.postId))).filter(isLive);
  const { amounts } = await itemAmounts(tx, order.postId);
  const next = computeShares({
    rule: order.splitRule,
    deliveryFee: order.deliveryFee,
    organizerId: order.organizerId,
    members: live.map((s) => ({ userId: s.userId, itemsAmount: amounts.get(s.userId) ?? 0 })),
  });
  const byUser = new Map(next.map((s) => [s.userId, s]));
  for (const share of live) {
    const fresh = byUser.get(share.userId) ?? { itemsAmount: amounts.get(share.userId) ?? 0, feeShare: 0, share: amounts.get(share.userId) ?? 0 };
    let refunded = share.refundedAmount;
    if (share.status === 'paid' && fresh.share < heldBy(share)) {
      refunded += await refundShare(tx, share, heldBy(share) - fresh.share, '같이 주문 인원이 바뀌어 내 몫이 줄었어요', clock);
    }
    const held = share.paidAmount - refunded;
    await tx
      .update(mealOrderShares)
      .set({
        itemsAmount: fresh.itemsAmount,
        feeShare: fresh.feeShare,
        share: fresh.share,
        coveredAmount: share.status === 'paid' ? Math.max(0, fresh.share - held) : 0,
        updatedAt: now,
      })
      .where(and(eq(mealOrderShares.postId, order.postId), eq(mealOrderShares.userId, share.userId)));
  }
  const owed = new Map(next.map((s) => [s.userId, s.share]));
  await failOpenPayments(tx, order.postId, clock, '같이 주문 인원이 바뀌어 내 몫이 달라졌어요', (p) => owed.get(p.userId) !== p.amount);
}

/** Everyone out and everyone refunded in full; returns what each member got back. */
async function cancelInTx(tx: Db, order: MealOrder, reason: string, clock: Clock) {
  const now = clock();
  const shares = await tx.select().from(mealOrderShares).where(eq(mealOrderShares.postId, order.postId));
  const refunds = new Map<number, number>();
  for (const share of shares) {
    if (share.status === 'paid') refunds.set(share.userId, await refundShare(tx, share, heldBy(share), `같이 주문 취소: ${reason}`, clock));
  }
  await failOpenPayments(tx, order.postId, clock, '같이 주문이 취소됐어요');
  const [cancelled] = await updateOrder(tx, order.postId, { status: 'cancelled', cancelledAt: now, cancelReason: reason, updatedAt: now });
  const items = await tx.select({ userId: mealOrderItems.userId }).from(mealOrderItems).where(eq(mealOrderItems.postId, order.postId));
  const people = new Set([...shares.filter(isLive).map((s) => s.userId), ...items.map((i) => i.userId), order.organizerId]);
  await noticeCancelled(tx, cancelled!, [...people].map((userId) => ({ userId, refunded: refunds.get(userId) ?? 0 })), reason);
  return refunds;
}

const cancellable: MealOrder['status'][] = ['collecting', 'locked', 'paid'];

/** Organizer, before `ordered`: everyone refunded in full, exactly once (the second call finds it cancelled). */
export async function cancelOrder(db: Db, organizer: User, postId: number, { reason }: { reason: string }, clock: Clock = systemClock) {
  await transact(db, async (tx) => {
    await lockOrderPayments(tx, postId);
    const order = await lockOrganizerOrder(tx, organizer, postId);
    if (order.status === 'cancelled') throw conflict('이미 취소된 주문입니다.', undefined, 'order_cancelled');
    if (!cancellable.includes(order.status)) throw conflict('이미 가게에 주문해서 취소할 수 없습니다.', undefined, 'order_placed');
    await cancelInTx(tx, order, reason, clock);
    await recordOrderUpdated(tx, postId);
  });
  return viewAfter(db, postId, organizer.id);
}

/**
 * A member leaves before `ordered`: their items go, a paid share is refunded in full and the
 * others' shares are recomputed by the same rule. Once locked, leaving may not take the order
 * below its minimum (409 below_minimum: the organizer can cancel instead).
 */
export async function withdrawFromOrder(db: Db, user: User, postId: number, clock: Clock = systemClock) {
  const refunded = await transact(db, async (tx) => {
    await requireOrderMember(tx, postId, user.id);
    await lockOrderPayments(tx, postId);
    const order = await lockOrder(tx, postId);
    if (order.organizerId === user.id) throw conflict('주최자는 빠질 수 없습니다. 주문을 취소해 주세요.', undefined, 'organizer');
    if (!cancellable.includes(order.status)) {
      throw conflict(order.status === 'cancelled' ? '취소된 주문입니다.' : '이미 가게에 주문해서 빠질 수 없습니다.', undefined, order.status === 'cancelled' ? 'order_cancelled' : 'order_placed');
    }
    const { amounts, total } = await itemAmounts(tx, postId);
    const mine = amounts.get(user.id) ?? 0;
    const now = clock();
    if (order.status === 'collecting') {
      if (mine === 0) throw notFound('주문에 담은 메뉴가 없습니다.');
      await tx.delete(mealOrderItems).where(and(eq(mealOrderItems.postId, postId), eq(mealOrderItems.userId, user.id)));
      await recordOrderUpdated(tx, postId);
      return 0;
    }
    const [share] = await tx
      .select()
      .from(mealOrderShares)
      .where(and(eq(mealOrderShares.postId, postId), eq(mealOrderShares.userId, user.id)));
    if (!share || !isLive(share)) throw notFound('이 주문에 내 몫이 없습니다.');
    if (total - mine < order.minOrderAmount) throw belowMinimum(order, total - mine);
    await tx.delete(mealOrderItems).where(and(eq(mealOrderItems.postId, postId), eq(mealOrderItems.userId, user.id)));
    const back = share.status === 'paid' ? await refundShare(tx, share, heldBy(share), '같이 주문에서 빠짐', clock) : 0;
    await failOpenPayments(tx, postId, clock, '같이 주문에서 빠졌어요', (p) => p.userId === user.id);
    await tx
      .update(mealOrderShares)
      .set({ status: 'withdrawn', coveredAmount: 0, updatedAt: now })
      .where(and(eq(mealOrderShares.postId, postId), eq(mealOrderShares.userId, user.id)));
    await recordEvent(tx, trustInputChanged(user.id));
    await recomputeShares(tx, order, clock);
    if (order.status === 'locked') await paidIfComplete(tx, order, now);
    await recordOrderUpdated(tx, postId);
    return back;
  });
  return { refundedAmount: refunded, order: await viewAfter(db, postId, user.id) };
}

/** Organizer: every share is paid and the order went to the restaurant. */
export async function markPlaced(db: Db, organizer: User, postId: number, clock: Clock = systemClock) {
  await transact(db, async (tx) => {
    const order = await lockOrganizerOrder(tx, organizer, postId);
    if (order.status !== 'paid') throw conflict('모두 결제한 주문만 가게에 주문할 수 있습니다.', undefined, 'not_paid');
    const now = clock();
    await updateOrder(tx, postId, { status: 'ordered', placedAt: now, updatedAt: now });
    await recordOrderUpdated(tx, postId);
  });
  return viewAfter(db, postId, organizer.id);
}

/** Organizer: the food arrived; the organizer is credited with what members paid (settlement ledger). */
export async function markDelivered(db: Db, organizer: User, postId: number, clock: Clock = systemClock) {
  await transact(db, async (tx) => {
    const order = await lockOrganizerOrder(tx, organizer, postId);
    if (order.status !== 'ordered') throw conflict('주문한 뒤에만 도착을 알릴 수 있습니다.', undefined, 'not_ordered');
    const now = clock();
    const [delivered] = await updateOrder(tx, postId, { status: 'delivered', deliveredAt: now, updatedAt: now });
    const shares = await tx.select().from(mealOrderShares).where(eq(mealOrderShares.postId, postId));
    await settleDeliveredOrder(tx, delivered!, shares);
    await noticeDelivered(tx, delivered!, shares.filter(isLive).map((s) => s.userId));
    await recordEvent(tx, trustInputChanged(organizer.id));
    await recordOrderUpdated(tx, postId);
  });
  return viewAfter(db, postId, organizer.id);
}

/**
 * At payBy: unpaid members are dropped (items removed, notified) and the shares recomputed; if
 * what is left is below the minimum the order is cancelled and everyone refunded in full.
 * Called under the payments' and the order's locks, with the order still `locked`.
 */
async function settlePayBy(tx: Db, order: MealOrder, clock: Clock) {
  const now = clock();
  const shares = await tx.select().from(mealOrderShares).where(eq(mealOrderShares.postId, order.postId));
  const dropped = shares.filter((s) => s.status === 'unpaid').map((s) => s.userId);
  if (dropped.length) {
    await tx.delete(mealOrderItems).where(and(eq(mealOrderItems.postId, order.postId), inArray(mealOrderItems.userId, dropped)));
    await tx
      .update(mealOrderShares)
      .set({ status: 'dropped', updatedAt: now })
      .where(and(eq(mealOrderShares.postId, order.postId), inArray(mealOrderShares.userId, dropped)));
    await failOpenPayments(tx, order.postId, clock, '결제 마감이 지났어요', (p) => dropped.includes(p.userId));
    await noticeDropped(tx, order, dropped);
    await recordEvents(tx, dropped.map(trustInputChanged));
  }
  const { total } = await itemAmounts(tx, order.postId);
  if (total === 0 || total < order.minOrderAmount) {
    await cancelInTx(tx, order, '결제 마감 후 최소 주문 금액에 못 미쳤어요', clock);
  } else {
    await recomputeShares(tx, order, clock);
    await paidIfComplete(tx, order, now);
  }
  await recordOrderUpdated(tx, order.postId);
}

/**
 * Sweeper job `meal-orders:pay-by`: locked orders past payBy, one transaction each. A second
 * process waits on the payments' locks, then finds the order no longer locked and skips it, so
 * each drop and refund happens exactly once. Returns the orders settled.
 */
export async function settleDuePayBy(db: Db, now: Date, batch = 50) {
  const due = await db
    .select({ postId: mealOrders.postId })
    .from(mealOrders)
    .where(and(eq(mealOrders.status, 'locked'), lte(mealOrders.payBy, now)))
    .orderBy(asc(mealOrders.payBy))
    .limit(batch);
  const settled: number[] = [];
  for (const { postId } of due) {
    const done = await transact(db, async (tx) => {
      await lockOrderPayments(tx, postId);
      const [order] = await tx
        .select()
        .from(mealOrders)
        .where(and(eq(mealOrders.postId, postId), eq(mealOrders.status, 'locked'), lte(mealOrders.payBy, now)))
        .for('update', { skipLocked: true });
      if (!order) return false;
      await settlePayBy(tx, order, () => now);
      return true;
    });
    if (done) settled.push(postId);
  }
  return settled;
}

export type { MealOrderShare };

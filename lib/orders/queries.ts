import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mealOrderItems, mealOrders, mealOrderShares, mealPosts, users, type MealOrder, type MealOrderItem, type MealOrderShare } from '@/db/schema';
import { toUserRef, type UserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { requireMember } from '@/lib/chat/queries';
import { notFound } from '@/lib/core/domain-error';
import type { OrderMemberView, OrderView } from './schema';
import { computeShares } from './shares';

const userColumns = { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey };

/** Live shares: the ones that count toward the order (not dropped, not withdrawn). */
export const liveShareStatuses = ['organizer', 'unpaid', 'paid'] as const;
export const isLive = (s: Pick<MealOrderShare, 'status'>) => (liveShareStatuses as readonly string[]).includes(s.status);

export type OrderState = {
  order: MealOrder;
  items: MealOrderItem[];
  shares: MealOrderShare[];
  people: Map<number, UserRef>;
};

/** The post of an order, for a member of its room: 404 when it's gone (or hidden), 403 for a non-member. */
export async function requireOrderMember(db: Db, postId: number, userId: number) {
  const [post] = await db.select().from(mealPosts).where(eq(mealPosts.id, postId));
  if (!post || (post.hiddenAt && post.authorId !== userId)) throw notFound('글을 찾을 수 없습니다.');
  await requireMember(db, post.chatRoomId, userId);
  return post;
}

export async function loadOrderState(db: Db, postId: number): Promise<OrderState> {
  const [order] = await db.select().from(mealOrders).where(eq(mealOrders.postId, postId));
  if (!order) throw notFound('이 글에는 아직 주문서가 없습니다.');
  const [items, shares] = await Promise.all([
    db.select().from(mealOrderItems).where(eq(mealOrderItems.postId, postId)).orderBy(asc(mealOrderItems.id)),
    db.select().from(mealOrderShares).where(eq(mealOrderShares.postId, postId)),
  ]);
  const ids = [...new Set([order.organizerId, ...items.map((i) => i.userId), ...shares.map((s) => s.userId)])];
  const rows: UserRefSource[] = await db.select(userColumns).from(users).where(inArray(users.id, ids));
  return { order, items, shares, people: new Map(rows.map((u) => [u.id, toUserRef(u)])) };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function itemsAmountByUser(items: Pick<MealOrderItem, 'userId' | 'price' | 'quantity'>[]) {
  const amounts = new Map<number, number>();
  for (const i of items) amounts.set(i.userId, (amounts.get(i.userId) ?? 0) + i.price * i.quantity);
  return amounts;
}

/**
 * The order sheet. While collecting the shares are a preview computed from the items; from the
 * lock on they are the stored ones. `viewerId` fills `myShare` (null for a broadcast).
 */
export function toOrderView({ order, items, shares, people }: OrderState, viewerId: number | null): OrderView {
  const amounts = itemsAmountByUser(items);
  const itemsTotal = [...amounts.values()].reduce((a, b) => a + b, 0);
  const stored = shares.filter(isLive);
  const base =
    stored.length > 0
      ? stored.map((s) => ({ userId: s.userId, itemsAmount: s.itemsAmount, feeShare: s.feeShare, share: s.share, row: s as MealOrderShare | undefined }))
      : computeShares({
          rule: order.splitRule,
          deliveryFee: order.deliveryFee,
          organizerId: order.organizerId,
          members: [...amounts].map(([userId, itemsAmount]) => ({ userId, itemsAmount })),
        }).map((s) => ({ ...s, row: undefined as MealOrderShare | undefined }));
  const ref = (id: number) => people.get(id) ?? { id, username: '알 수 없음', isDeleted: true, avatarUrl: null };
  // The organizer first, then everyone in the order they first added something.
  const firstItem = (userId: number) => items.find((i) => i.userId === userId)?.id ?? Number.MAX_SAFE_INTEGER;
  const rank = (userId: number) => (userId === order.organizerId ? -1 : firstItem(userId));
  const members: OrderMemberView[] = base
    .sort((a, b) => rank(a.userId) - rank(b.userId) || a.userId - b.userId)
    .map((s) => {
      const paid = s.row?.paidAmount ?? 0;
      const refunded = s.row?.refundedAmount ?? 0;
      const isOrganizer = s.userId === order.organizerId;
      return {
        user: ref(s.userId),
        items: items.filter((i) => i.userId === s.userId).map((i) => ({ id: i.id, name: i.name, price: i.price, quantity: i.quantity })),
        itemsAmount: s.itemsAmount,
        feeShare: s.feeShare,
        share: s.share,
        paymentStatus: isOrganizer ? 'organizer' : paid > 0 && refunded >= paid ? 'refunded' : s.row?.status === 'paid' ? 'paid' : 'unpaid',
        isOrganizer,
        paidAmount: paid,
        refundedAmount: refunded,
        coveredAmount: s.row?.coveredAmount ?? 0,
      };
    });
  const mine = viewerId === null ? undefined : members.find((m) => m.user.id === viewerId);
  return {
    postId: order.postId,
    status: order.status,
    organizer: ref(order.organizerId),
    restaurant: order.restaurant,
    menuUrl: order.menuUrl,
    minOrderAmount: order.minOrderAmount,
    deliveryFee: order.deliveryFee,
    splitRule: order.splitRule,
    pickupPlace: order.pickupPlace,
    orderBy: order.orderBy.toISOString(),
    payBy: iso(order.payBy),
    itemsTotal,
    grandTotal: itemsTotal + order.deliveryFee,
    members,
    myShare: mine && (mine.items.length > 0 || mine.isOrganizer) ? mine.share : null,
    departed: shares.filter((s) => !isLive(s)).map((s) => ({ user: ref(s.userId), status: s.status, refundedAmount: s.refundedAmount })),
    lockedAt: iso(order.lockedAt),
    paidAt: iso(order.paidAt),
    placedAt: iso(order.placedAt),
    deliveredAt: iso(order.deliveredAt),
    cancelledAt: iso(order.cancelledAt),
    cancelReason: order.cancelReason,
  };
}

/** GET /api/posts/{id}/order: members of the post's room only. */
export async function getOrder(db: Db, viewerId: number, postId: number) {
  await requireOrderMember(db, postId, viewerId);
  return toOrderView(await loadOrderState(db, postId), viewerId);
}

export async function getOrderIfAny(db: Db, viewerId: number, postId: number) {
  const [exists] = await db.select({ postId: mealOrders.postId }).from(mealOrders).where(and(eq(mealOrders.postId, postId)));
  return exists ? getOrder(db, viewerId, postId) : null;
}

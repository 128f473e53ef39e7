import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { userRef } from './accounts';
import { id, ref, timestamps, timestamptz } from './columns';
import { mealPosts } from './boards';
import { payments } from './payments';
import { inList } from './in-list';
import { mealOrderStatuses, orderShareStatuses, splitRules, type MealOrderStatus, type OrderShareStatus, type SplitRule } from '../constants/orders';

/**
 * The group order of a meal post (at most one). The post's author is the organizer. Deleting the
 * post deletes a collecting, delivered or cancelled order; a trigger (migration 0019) refuses it
 * while money is in play (locked, paid, ordered).
 */
export const mealOrders = pgTable(
  'meal_orders',
  {
    postId: integer()
      .primaryKey()
      .references(() => mealPosts.id, { onDelete: 'cascade' }),
    organizerId: userRef('restrict'),
    restaurant: text().notNull(),
    menuUrl: text(),
    minOrderAmount: integer().notNull(),
    deliveryFee: integer().notNull(),
    splitRule: text().$type<SplitRule>().notNull(),
    pickupPlace: text().notNull(),
    orderBy: timestamptz().notNull(),
    status: text().$type<MealOrderStatus>().notNull().default('collecting'),
    /** Set at lock: unpaid members are dropped after it (lib/orders/pay-by.ts). */
    payBy: timestamptz(),
    lockedAt: timestamptz(),
    paidAt: timestamptz(),
    placedAt: timestamptz(),
    deliveredAt: timestamptz(),
    cancelledAt: timestamptz(),
    cancelReason: text(),
    ...timestamps(),
  },
  (t) => [
    check('meal_orders_status_check', inList('status', mealOrderStatuses)),
    check('meal_orders_split_rule_check', inList('split_rule', splitRules)),
    check('meal_orders_amounts_check', sql`${t.minOrderAmount} >= 0 and ${t.deliveryFee} >= 0`),
    check('meal_orders_pay_by_check', sql`${t.status} in ('collecting', 'cancelled') or ${t.payBy} is not null`),
    index('meal_orders_locked_pay_by_idx').on(t.payBy).where(sql`${t.status} = 'locked'`),
  ],
);

/** What each member orders; only while collecting may rows be added or changed (a trigger refuses it afterwards). */
export const mealOrderItems = pgTable(
  'meal_order_items',
  {
    id: id(),
    postId: ref(() => mealOrders.postId, 'cascade'),
    userId: userRef('restrict'),
    name: text().notNull(),
    price: integer().notNull(),
    quantity: integer().notNull(),
    ...timestamps(),
  },
  (t) => [
    check('meal_order_items_price_check', sql`${t.price} between 100 and 1000000`),
    check('meal_order_items_quantity_check', sql`${t.quantity} between 1 and 20`),
    index('meal_order_items_post_user_idx').on(t.postId, t.userId, t.id),
  ],
);

/**
 * The shares fixed at lock, one per member with items plus the organizer. A deferred constraint
 * trigger (migration 0019) holds, at every commit of a locked order, that the live shares add up
 * to the items total plus the delivery fee.
 */
export const mealOrderShares = pgTable(
  'meal_order_shares',
  {
    postId: ref(() => mealOrders.postId, 'cascade'),
    userId: userRef('restrict'),
    itemsAmount: integer().notNull(),
    feeShare: integer().notNull(),
    share: integer().notNull(),
    status: text().$type<OrderShareStatus>().notNull(),
    /** The approved payment of this share (members only). */
    paymentId: integer().references(() => payments.id, { onDelete: 'restrict' }),
    paidAmount: integer().notNull().default(0),
    refundedAmount: integer().notNull().default(0),
    /** What the organizer covers because this paid share went up after someone left. */
    coveredAmount: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.userId] }),
    check('meal_order_shares_status_check', inList('status', orderShareStatuses)),
    check(
      'meal_order_shares_amounts_check',
      sql`${t.itemsAmount} >= 0 and ${t.feeShare} >= 0 and ${t.share} = ${t.itemsAmount} + ${t.feeShare}
        and ${t.paidAmount} >= 0 and ${t.refundedAmount} between 0 and ${t.paidAmount} and ${t.coveredAmount} >= 0`,
    ),
    index('meal_order_shares_payment_id_idx').on(t.paymentId),
  ],
);

export type MealOrder = typeof mealOrders.$inferSelect;
export type MealOrderItem = typeof mealOrderItems.$inferSelect;
export type MealOrderShare = typeof mealOrderShares.$inferSelect;

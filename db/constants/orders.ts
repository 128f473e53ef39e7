/** A meal post's group order: collecting → locked → paid → ordered → delivered, or cancelled. */
export const mealOrderStatuses = ['collecting', 'locked', 'paid', 'ordered', 'delivered', 'cancelled'] as const;
export type MealOrderStatus = (typeof mealOrderStatuses)[number];

/** How the delivery fee is split: evenly among members with items, or by each one's item amount. */
export const splitRules = ['equal', 'proportional'] as const;
export type SplitRule = (typeof splitRules)[number];

/**
 * A locked share's state: the organizer's own (never charged through Dongne), owed, paid, or
 * gone (dropped at payBy, withdrawn by the member). Gone shares stay as a record.
 */
export const orderShareStatuses = ['organizer', 'unpaid', 'paid', 'dropped', 'withdrawn'] as const;
export type OrderShareStatus = (typeof orderShareStatuses)[number];

/** What the order sheet shows per member. */
export const orderPaymentStatuses = ['organizer', 'unpaid', 'paid', 'refunded'] as const;
export type OrderPaymentStatus = (typeof orderPaymentStatuses)[number];

/**
 * What a settlement ledger entry records (lib/settlements). Signed integer KRW: credits are
 * positive, debits negative; the database checks the sign of the kinds that have one.
 */
export const settlementKinds = ['meal_order_income', 'game_income', 'reservation_income', 'refund_debit', 'organizer_cover', 'platform_fee', 'payout'] as const;
export type SettlementKind = (typeof settlementKinds)[number];

/** Kinds that credit a payment's payee, at most once per payment (a unique index holds it). */
export const settlementIncomeKinds = ['meal_order_income', 'game_income', 'reservation_income'] as const satisfies readonly SettlementKind[];

/** What an entry is about: `subject_id` is the meal post, game, reservation or payout. */
export const settlementSubjects = ['meal_order', 'game', 'reservation', 'payout'] as const;
export type SettlementSubject = (typeof settlementSubjects)[number];

export const payoutStatuses = ['requested', 'paid', 'rejected'] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

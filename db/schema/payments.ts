import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, ref, timestampNow, timestamps, timestamptz } from './columns';
import { userRef } from './accounts';
import { paymentStatuses, type PaymentStatus } from '../constants/payments';

export const payments = pgTable(
  'payments',
  {
    id: id(),
    /** Shown to the user and sent to the provider. */
    orderId: text().notNull(),
    userId: userRef('restrict'),
    /** A registered purpose (lib/payments/purposes.ts): "game", "reservation". */
    purpose: text().notNull(),
    subjectId: integer().notNull(),
    title: text().notNull(),
    /** Where the result page links back to (the game or the reservation). */
    returnPath: text().notNull(),
    amount: integer().notNull(),
    cancelledAmount: integer().notNull().default(0),
    status: text().$type<PaymentStatus>().notNull().default('ready'),
    provider: text().notNull(),
    providerKey: text(),
    failureCode: text(),
    failureMessage: text(),
    ...timestamps(),
    approvedAt: timestamptz(),
    /** A ready payment expires then and releases its seat or slot (15 minutes, or a game's offer window). */
    expiresAt: timestamptz().notNull().default(sql`now() + interval '15 minutes'`),
  },
  (t) => [
    uniqueIndex('payments_order_id_idx').on(t.orderId),
    // One open checkout per payer and subject: asking again returns it.
    uniqueIndex('payments_open_per_subject_idx').on(t.userId, t.purpose, t.subjectId).where(sql`${t.status} = 'ready'`),
    index('payments_user_id_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('payments_ready_expires_idx').on(t.expiresAt).where(sql`${t.status} = 'ready'`),
    index('payments_purpose_subject_idx').on(t.purpose, t.subjectId),
    check('payments_amount_check', sql`${t.amount} > 0`),
    check('payments_cancelled_amount_check', sql`${t.cancelledAmount} between 0 and ${t.amount}`),
    check('payments_status_check', sql.raw(`status in (${paymentStatuses.map((s) => `'${s}'`).join(', ')})`)),
  ],
);

/** Append-only (a trigger refuses UPDATE and DELETE): every transition with its reason and amounts. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    id: id(),
    paymentId: ref(() => payments.id, 'restrict'),
    type: text().notNull(),
    fromStatus: text(),
    toStatus: text().notNull(),
    amount: integer().notNull(),
    reason: text(),
    createdAt: timestampNow(),
  },
  (t) => [index('payment_events_payment_id_idx').on(t.paymentId, t.id)],
);

/** Idempotency-Key replay store: the first request's hash and final response, per user and key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: userRef('cascade'),
    key: text().notNull(),
    requestHash: text().notNull(),
    /** Null while the first request is still running. */
    status: integer(),
    response: jsonb(),
    createdAt: timestampNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

export type Payment = typeof payments.$inferSelect;
export type PaymentEvent = typeof paymentEvents.$inferSelect;

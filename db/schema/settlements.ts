import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRef, users } from './accounts';
import { id, timestampNow, timestamptz } from './columns';
import { payments } from './payments';
import { inList } from './in-list';
import {
  payoutStatuses,
  settlementIncomeKinds,
  settlementKinds,
  settlementSubjects,
  type PayoutStatus,
  type SettlementKind,
  type SettlementSubject,
} from '../constants/settlements';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const incomeKinds = quoted(settlementIncomeKinds);

/**
 * The settlement ledger: append-only (a trigger refuses UPDATE and DELETE), one signed integer
 * KRW amount per row; a user's balance is the sum of their rows (lib/settlements/ledger.ts).
 */
export const settlementEntries = pgTable(
  'settlement_entries',
  {
    id: id(),
    userId: userRef('restrict'),
    kind: text().$type<SettlementKind>().notNull(),
    /** Credits positive, debits negative, never zero. */
    amount: integer().notNull(),
    paymentId: integer().references(() => payments.id, { onDelete: 'restrict' }),
    subjectType: text().$type<SettlementSubject>().notNull(),
    subjectId: integer().notNull(),
    memo: text().notNull().default(''),
    createdAt: timestampNow(),
  },
  (t) => [
    index('settlement_entries_user_id_idx').on(t.userId, t.id.desc()),
    // Earnings by period (Seoul days and months) and per game or booking (lib/settlements/earnings.ts).
    index('settlement_entries_user_id_created_at_idx').on(t.userId, t.createdAt),
    index('settlement_entries_user_id_subject_idx').on(t.userId, t.subjectType, t.subjectId),
    index('settlement_entries_payment_id_idx').on(t.paymentId).where(sql`${t.paymentId} is not null`),
    // Safety nets behind the payments module's exactly-once approval: one income entry per
    // payment and kind, one fee charge (negative fee entry) per payment, one payout entry per payout.
    uniqueIndex('settlement_entries_income_once_idx')
      .on(t.paymentId, t.kind)
      .where(sql.raw(`kind in (${incomeKinds}) or (kind = 'platform_fee' and amount < 0)`)),
    uniqueIndex('settlement_entries_payout_once_idx').on(t.subjectId).where(sql`${t.kind} = 'payout'`),
    check('settlement_entries_kind_check', inList('kind', settlementKinds)),
    check('settlement_entries_subject_type_check', inList('subject_type', settlementSubjects)),
    check(
      'settlement_entries_amount_check',
      sql.raw(
        `amount <> 0 and (kind not in (${incomeKinds}) or amount > 0) and (kind not in ('refund_debit', 'payout') or amount < 0)`,
      ),
    ),
    check('settlement_entries_payout_subject_check', sql.raw(`(kind = 'payout') = (subject_type = 'payout')`)),
    check('settlement_entries_memo_check', sql`length(${t.memo}) <= 200`),
  ],
);

/**
 * Payout requests: `requested` until an admin marks it `paid` (which writes the ledger's
 * `payout` entry) or `rejected`; final states never change again (a trigger holds it), and a
 * user has at most one `requested` at a time (partial unique index).
 */
export const payouts = pgTable(
  'payouts',
  {
    id: id(),
    userId: userRef('restrict'),
    amount: integer().notNull(),
    status: text().$type<PayoutStatus>().notNull().default('requested'),
    requestedAt: timestampNow(),
    paidAt: timestamptz(),
    paidBy: integer().references(() => users.id, { onDelete: 'restrict' }),
    rejectedAt: timestamptz(),
    rejectedBy: integer().references(() => users.id, { onDelete: 'restrict' }),
    rejectReason: text(),
  },
  (t) => [
    uniqueIndex('payouts_one_requested_per_user_idx').on(t.userId).where(sql`${t.status} = 'requested'`),
    index('payouts_user_id_idx').on(t.userId, t.id.desc()),
    index('payouts_status_idx').on(t.status, t.id),
    check('payouts_amount_check', sql`${t.amount} > 0`),
    check('payouts_status_check', inList('status', payoutStatuses)),
    check(
      'payouts_decision_check',
      sql.raw(
        `(status = 'paid') = (paid_at is not null and paid_by is not null) and (status = 'rejected') = (rejected_at is not null and rejected_by is not null)`,
      ),
    ),
  ],
);

export type SettlementEntry = typeof settlementEntries.$inferSelect;
export type Payout = typeof payouts.$inferSelect;

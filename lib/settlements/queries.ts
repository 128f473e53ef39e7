import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { payouts, settlementEntries, users, type Payout, type SettlementEntry } from '@/db/schema';
import { pageInfo } from '@/lib/core/pagination';
import { ledgerBalance } from './ledger';
import { settlementKindLabels } from './labels';
import type { AdminPayoutsQuery, AdminPayoutView, PayoutView, SettlementEntryView, SettlementSummaryView } from './schema';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toEntryView = (e: SettlementEntry): SettlementEntryView => ({
  id: e.id,
  kind: e.kind,
  amount: e.amount,
  paymentId: e.paymentId,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  memo: e.memo,
  createdAt: e.createdAt.toISOString(),
});

export const toPayoutView = (p: Payout): PayoutView => ({
  id: p.id,
  amount: p.amount,
  status: p.status,
  requestedAt: p.requestedAt.toISOString(),
  paidAt: iso(p.paidAt),
  rejectedAt: iso(p.rejectedAt),
  rejectReason: p.rejectReason,
});

/** The amount of the user's payout request waiting for an admin, or 0. */
export async function pendingPayout(db: Db, userId: number): Promise<number> {
  const [row] = await db
    .select({ amount: payouts.amount })
    .from(payouts)
    .where(and(eq(payouts.userId, userId), eq(payouts.status, 'requested')));
  return row?.amount ?? 0;
}

/** The signed-in user's balance, pending payout and one page of entries, newest first. */
export async function settlementSummary(db: Db, userId: number, { page, size }: { page: number; size: number }): Promise<SettlementSummaryView> {
  const mine = eq(settlementEntries.userId, userId);
  const [balance, pending, [counted], rows] = await Promise.all([
    ledgerBalance(db, userId),
    pendingPayout(db, userId),
    db.select({ total: count() }).from(settlementEntries).where(mine),
    db
      .select()
      .from(settlementEntries)
      .where(mine)
      .orderBy(desc(settlementEntries.id))
      .limit(size)
      .offset((page - 1) * size),
  ]);
  return { balance, pendingPayout: pending, items: rows.map(toEntryView), page: pageInfo(page, size, counted?.total ?? 0) };
}

const CSV_HEADER = ['일시', '구분', '내용', '금액(원)', '잔액(원)', '결제 번호', '대상', '대상 번호'];
const subjectLabels = { meal_order: '함께주문', game: '경기', reservation: '공간 예약', payout: '출금' } as const;

/** One CSV field: quoted when needed; text a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** "2026-06-10 14:05:09" in Seoul time. */
const seoulTimestamp = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/**
 * Every entry of the user as CSV lines (header first), oldest first with the running balance,
 * read in pages of `batch` by id so a long history never sits in memory at once.
 */
export async function* settlementCsvLines(db: Db, userId: number, batch = 500): AsyncGenerator<string> {
  yield CSV_HEADER.map(csvField).join(',') + '\r\n';
  let after = 0;
  let running = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(settlementEntries)
      .where(and(eq(settlementEntries.userId, userId), gt(settlementEntries.id, after)))
      .orderBy(asc(settlementEntries.id))
      .limit(batch);
    if (!rows.length) return;
    let chunk = '';
    for (const e of rows) {
      running += e.amount;
      chunk +=
        [seoulTimestamp(e.createdAt), settlementKindLabels[e.kind], e.memo, e.amount, running, e.paymentId, subjectLabels[e.subjectType], e.subjectId]
          .map(csvField)
          .join(',') + '\r\n';
    }
    yield chunk;
    after = rows.at(-1)!.id;
    if (rows.length < batch) return;
  }
}

/** The payouts queue for admins: requested ones oldest first (the order to pay them in), others newest first. */
export async function listPayouts(db: Db, query: AdminPayoutsQuery) {
  const where = query.status === 'all' ? undefined : eq(payouts.status, query.status);
  const payer = alias(users, 'payer');
  const [[counted], rows] = await Promise.all([
    db.select({ total: count() }).from(payouts).where(where),
    db
      .select({ payout: payouts, username: users.username, paidByName: payer.username })
      .from(payouts)
      .innerJoin(users, eq(users.id, payouts.userId))
      .leftJoin(payer, eq(payer.id, payouts.paidBy))
      .where(where)
      .orderBy(query.status === 'requested' ? asc(payouts.id) : desc(payouts.id))
      .limit(query.size)
      .offset((query.page - 1) * query.size),
  ]);
  const userIds = [...new Set(rows.map((r) => r.payout.userId))];
  const balances = userIds.length
    ? await db
        .select({ userId: settlementEntries.userId, balance: sql<string>`sum(${settlementEntries.amount})`.mapWith(Number) })
        .from(settlementEntries)
        .where(inArray(settlementEntries.userId, userIds))
        .groupBy(settlementEntries.userId)
    : [];
  const balanceOf = new Map(balances.map((b) => [b.userId, b.balance]));
  const items: AdminPayoutView[] = rows.map((r) => ({
    ...toPayoutView(r.payout),
    user: { id: r.payout.userId, username: r.username },
    balance: balanceOf.get(r.payout.userId) ?? 0,
    paidBy: r.payout.paidBy ? { id: r.payout.paidBy, username: r.paidByName ?? '' } : null,
  }));
  return { items, page: pageInfo(query.page, query.size, counted?.total ?? 0) };
}

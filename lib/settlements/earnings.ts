import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { games, reservations, settlementEntries, type SettlementKind } from '@/db/schema';
import { seoulDateAfter, seoulInstant } from '@/lib/core/seoul-time';
import { foldEarnings, monthsOf } from './earnings-fold';
import type { EarningsFlows, EarningsQuery, EarningsView } from './earnings-schema';
import { ledgerBalance } from './ledger';
import { csvField, pendingPayout } from './queries';

const seoulMonth = sql<string>`to_char(${settlementEntries.createdAt} at time zone 'Asia/Seoul', 'YYYY-MM')`;

/** The period asked for, or the last 12 months: from the 1st of the month 11 months back to today (Seoul). */
export function earningsPeriod(query: EarningsQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? seoulDateAfter(0, now);
  if (query.from) return { from: query.from, to };
  const [y, m] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const back = y * 12 + (m - 1) - 11;
  return { from: `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}-01`, to };
}

/**
 * Paid and not yet used: income minus refunds on games and bookings that start after `now`.
 * Already in the balance (hosts are credited at payment), but a cancellation may still take it back.
 */
export async function upcomingIncome(db: Db, userId: number, now: Date): Promise<number> {
  const [row] = await db
    .select({ amount: sql<string>`coalesce(sum(${settlementEntries.amount}), 0)`.mapWith(Number) })
    .from(settlementEntries)
    .leftJoin(games, and(eq(settlementEntries.subjectType, 'game'), eq(games.id, settlementEntries.subjectId)))
    .leftJoin(reservations, and(eq(settlementEntries.subjectType, 'reservation'), eq(reservations.id, settlementEntries.subjectId)))
    .where(
      and(
        eq(settlementEntries.userId, userId),
        inArray(settlementEntries.kind, ['game_income', 'reservation_income', 'refund_debit']),
        sql`coalesce(${games.startsAt}, ${reservations.startsAt}) > ${now.toISOString()}::timestamptz`,
      ),
    );
  return row?.amount ?? 0;
}

/**
 * A host's earnings from the settlement ledger: the period's flows in total and per Seoul month
 * (one grouped statement), what is paid but not yet used, and the balance and pending payout now.
 */
export async function hostEarnings(db: Db, userId: number, query: EarningsQuery, now: Date): Promise<EarningsView> {
  const { from, to } = earningsPeriod(query, now);
  const [rows, upcoming, balance, pending] = await Promise.all([
    db
      .select({ month: seoulMonth, kind: settlementEntries.kind, amount: sql<string>`sum(${settlementEntries.amount})`.mapWith(Number) })
      .from(settlementEntries)
      .where(
        and(
          eq(settlementEntries.userId, userId),
          gte(settlementEntries.createdAt, seoulInstant(from, 0)),
          lt(settlementEntries.createdAt, seoulInstant(to, 24)),
        ),
      )
      .groupBy(seoulMonth, settlementEntries.kind),
    upcomingIncome(db, userId, now),
    ledgerBalance(db, userId),
    pendingPayout(db, userId),
  ]);
  const { totals, months } = foldEarnings(rows as { month: string; kind: SettlementKind; amount: number }[], monthsOf(from, to));
  return { from, to, totals: { ...totals, upcoming, balance, pendingPayout: pending }, months };
}

export type GameMoney = { collected: number; refunded: number; fees: number; net: number };

/** Per game of the host: participation fees collected, refunds, fees and what is left (net), from the ledger. */
export async function hostGameMoney(db: Db, hostId: number, gameIds: number[]) {
  const money = new Map<number, GameMoney>();
  if (!gameIds.length) return money;
  const rows = await db
    .select({ gameId: settlementEntries.subjectId, kind: settlementEntries.kind, amount: sql<string>`sum(${settlementEntries.amount})`.mapWith(Number) })
    .from(settlementEntries)
    .where(and(eq(settlementEntries.userId, hostId), eq(settlementEntries.subjectType, 'game'), inArray(settlementEntries.subjectId, gameIds)))
    .groupBy(settlementEntries.subjectId, settlementEntries.kind);
  for (const r of rows) {
    const m = money.get(r.gameId) ?? { collected: 0, refunded: 0, fees: 0, net: 0 };
    if (r.kind === 'game_income') m.collected += r.amount;
    else if (r.kind === 'refund_debit') m.refunded -= r.amount;
    else if (r.kind === 'platform_fee') m.fees -= r.amount;
    m.net += r.amount;
    money.set(r.gameId, m);
  }
  return money;
}

const CSV_HEADER = ['월', '수입(원)', '환불(원)', '수수료(원)', '주문자 부담(원)', '출금(원)', '순수익(원)'];
const csvLine = (label: string, f: EarningsFlows) => [label, f.earned, f.refunded, f.fees, f.covered, f.paidOut, f.net].map(csvField).join(',') + '\r\n';

/** The earnings as CSV lines: the header, one line per month (oldest first), then the period's total. */
export function* earningsCsvLines(view: EarningsView): Generator<string> {
  yield CSV_HEADER.map(csvField).join(',') + '\r\n';
  for (const m of view.months) yield csvLine(m.month, m);
  yield csvLine(`합계 ${view.from}~${view.to}`, view.totals);
}

import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { settlementEntries, type SettlementKind, type SettlementSubject } from '@/db/schema';

export { platformFee, type FeePurpose } from './fees';

export type LedgerEntryInput = {
  userId: number;
  kind: SettlementKind;
  /** Signed integer KRW: credits positive, debits negative. */
  amount: number;
  paymentId?: number | null;
  subjectType: SettlementSubject;
  subjectId: number;
  memo?: string;
};

const MEMO_MAX = 200;

/**
 * Appends entries to the settlement ledger inside the caller's transaction, so they commit or
 * roll back with the money movement they record. Zero amounts are skipped. The table is
 * append-only (a trigger refuses UPDATE and DELETE): a correction is a new entry.
 */
export async function appendLedger(tx: Db, entries: LedgerEntryInput[]): Promise<void> {
  const rows = entries.filter((e) => e.amount !== 0);
  for (const e of rows) {
    if (!Number.isSafeInteger(e.amount)) throw new Error(`ledger amounts are whole won, got ${e.amount}`);
  }
  if (!rows.length) return;
  await tx.insert(settlementEntries).values(
    rows.map((e) => ({
      userId: e.userId,
      kind: e.kind,
      amount: e.amount,
      paymentId: e.paymentId ?? null,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      memo: [...(e.memo ?? '')].slice(0, MEMO_MAX).join(''),
    })),
  );
}

/** The user's balance: the sum of their entries (0 with none). */
export async function ledgerBalance(db: Db, userId: number): Promise<number> {
  const [row] = await db
    .select({ balance: sql<string>`coalesce(sum(${settlementEntries.amount}), 0)`.mapWith(Number) })
    .from(settlementEntries)
    .where(eq(settlementEntries.userId, userId));
  return row?.balance ?? 0;
}

import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { payouts, settlementEntries } from '@/db/schema';
import { createPayment } from '@/lib/payments/mutations';
import { pgErrorCode } from '@/lib/core/pg-errors';
import { createUser } from '@/tests/support/factories';
import '@/tests/support/payments';
import { appendLedger, ledgerBalance } from './ledger';

const fails = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the statement to fail');
};
/** The database's message, whether drizzle wrapped the error or not. */
const said = (error: Error) => `${error.message} ${(error.cause as Error | undefined)?.message ?? ''}`;

describe('the ledger', () => {
  it('sums a user’s entries into the balance, skips zero amounts and keeps users apart', async () => {
    const [host, other] = [await createUser(), await createUser()];
    expect(await ledgerBalance(getDb(), host.id)).toBe(0);
    await appendLedger(getDb(), [
      { userId: host.id, kind: 'game_income', amount: 12_000, subjectType: 'game', subjectId: 1, memo: '풋살 참가비' },
      { userId: host.id, kind: 'platform_fee', amount: 0, subjectType: 'game', subjectId: 1 },
      { userId: host.id, kind: 'refund_debit', amount: -3_000, subjectType: 'game', subjectId: 1 },
      { userId: other.id, kind: 'reservation_income', amount: 50_000, subjectType: 'reservation', subjectId: 2 },
    ]);
    expect(await ledgerBalance(getDb(), host.id)).toBe(9_000);
    expect(await ledgerBalance(getDb(), other.id)).toBe(50_000);
    expect(await getDb().select().from(settlementEntries).where(eq(settlementEntries.userId, host.id))).toHaveLength(2);
    await appendLedger(getDb(), []);
  });

  it('refuses fractional amounts before writing anything', async () => {
    const host = await createUser();
    await expect(appendLedger(getDb(), [{ userId: host.id, kind: 'game_income', amount: 10.5, subjectType: 'game', subjectId: 1 }])).rejects.toThrow(/whole won/);
  });

  it('is append-only: UPDATE and DELETE are refused by the trigger', async () => {
    const host = await createUser();
    await appendLedger(getDb(), [{ userId: host.id, kind: 'game_income', amount: 5_000, subjectType: 'game', subjectId: 1 }]);
    expect(said(await fails(getDb().update(settlementEntries).set({ amount: 50_000 })))).toMatch(/settlement_entries is append-only/);
    expect(said(await fails(getDb().delete(settlementEntries).where(eq(settlementEntries.userId, host.id))))).toMatch(/settlement_entries is append-only/);
    expect(await ledgerBalance(getDb(), host.id)).toBe(5_000);
  });

  it('checks signs by kind and allows one income and one fee charge per payment', async () => {
    const [host, payer] = [await createUser(), await createUser()];
    const { payment } = await createPayment(getDb(), payer, { purpose: 'test', subjectId: 5 });
    const entry = { userId: host.id, paymentId: payment.id, subjectType: 'game' as const, subjectId: 1 };
    expect(pgErrorCode(await fails(appendLedger(getDb(), [{ ...entry, kind: 'game_income', amount: -1 }])))).toBe('23514');
    expect(pgErrorCode(await fails(appendLedger(getDb(), [{ ...entry, kind: 'refund_debit', amount: 1 }])))).toBe('23514');
    expect(pgErrorCode(await fails(appendLedger(getDb(), [{ ...entry, kind: 'payout', amount: -1 }])))).toBe('23514');
    await appendLedger(getDb(), [
      { ...entry, kind: 'game_income', amount: 5_000 },
      { ...entry, kind: 'platform_fee', amount: -500 },
    ]);
    expect(pgErrorCode(await fails(appendLedger(getDb(), [{ ...entry, kind: 'game_income', amount: 5_000 }])))).toBe('23505');
    expect(pgErrorCode(await fails(appendLedger(getDb(), [{ ...entry, kind: 'platform_fee', amount: -500 }])))).toBe('23505');
    // Refunds and fee returns may be several per payment (partial refunds).
    await appendLedger(getDb(), [
      { ...entry, kind: 'refund_debit', amount: -1_000 },
      { ...entry, kind: 'platform_fee', amount: 100 },
      { ...entry, kind: 'refund_debit', amount: -1_000 },
      { ...entry, kind: 'platform_fee', amount: 100 },
    ]);
    expect(await ledgerBalance(getDb(), host.id)).toBe(2_700);
  });

  it('payouts: one requested per user, decided once, never deleted', async () => {
    const user = await createUser();
    const admin = await createUser();
    const [first] = await getDb().insert(payouts).values({ userId: user.id, amount: 1_000 }).returning();
    expect(pgErrorCode(await fails(getDb().insert(payouts).values({ userId: user.id, amount: 2_000 })))).toBe('23505');
    expect(pgErrorCode(await fails(getDb().insert(payouts).values({ userId: admin.id, amount: 0 })))).toBe('23514');
    expect(said(await fails(getDb().update(payouts).set({ amount: 5 }).where(eq(payouts.id, first!.id))))).toMatch(/cannot be edited/);
    // Marking paid needs who and when.
    expect(pgErrorCode(await fails(getDb().update(payouts).set({ status: 'paid' }).where(eq(payouts.id, first!.id))))).toBe('23514');
    await getDb().update(payouts).set({ status: 'paid', paidAt: new Date(), paidBy: admin.id }).where(eq(payouts.id, first!.id));
    const decided = getDb().update(payouts).set({ status: 'rejected', rejectedAt: new Date(), rejectedBy: admin.id }).where(eq(payouts.id, first!.id));
    expect(said(await fails(decided))).toMatch(/already paid/);
    expect(said(await fails(getDb().execute(sql`delete from payouts`)))).toMatch(/never deleted/);
    // The next request may follow once the first is decided.
    await getDb().insert(payouts).values({ userId: user.id, amount: 2_000 });
  });
});

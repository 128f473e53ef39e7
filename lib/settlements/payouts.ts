import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { payouts, users, type Payout } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, notFound } from '@/lib/core/domain-error';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { transact } from '@/lib/core/transact';
import { appendLedger, ledgerBalance } from './ledger';
import { won } from './labels';
import { pendingPayout } from './queries';

/**
 * The lock every balance-changing payout step takes first: the user's row, FOR NO KEY UPDATE
 * (ledger inserts referencing the user only take KEY SHARE, so crediting and refunding go on).
 * Order: user, then payout.
 */
export async function lockPayee(tx: Db, userId: number) {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
  if (!row) throw notFound('사용자를 찾을 수 없습니다.');
}

/**
 * Asks for `amount` KRW of the balance to be paid out. At most what the balance holds beyond a
 * request already waiting, and one waiting request at a time (409 `payout_pending`; a partial
 * unique index holds it under concurrency too). Under the user's lock, so a payout being
 * marked paid at the same moment is either seen whole or not at all.
 */
export async function requestPayout(db: Db, userId: number, amount: number, clock: Clock = systemClock): Promise<Payout> {
  try {
    return await transact(db, async (tx) => {
      await lockPayee(tx, userId);
      const balance = await ledgerBalance(tx, userId);
      const pending = await pendingPayout(tx, userId);
      if (pending > 0) throw conflict(`이미 ${won(pending)} 출금을 기다리고 있어요. 처리된 뒤에 다시 요청해 주세요.`, undefined, 'payout_pending');
      if (amount > balance) {
        const message = balance > 0 ? `출금할 수 있는 금액은 최대 ${won(balance)}이에요.` : '출금할 수 있는 금액이 없어요.';
        throw conflict(message, { amount: [message] }, 'insufficient_balance');
      }
      const [created] = await tx.insert(payouts).values({ userId, amount, requestedAt: clock() }).returning();
      return created!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('이미 출금을 기다리고 있어요. 처리된 뒤에 다시 요청해 주세요.', undefined, 'payout_pending');
    throw error;
  }
}

/**
 * Settles a requested payout (an admin transferred the money): `paid`, and the ledger's `payout`
 * entry of −amount, once (the status check under the lock, and a unique index per payout).
 * Refused (409 `insufficient_balance`) when refunds since the request left less than the amount.
 */
export async function settlePayout(tx: Db, id: number, adminId: number, now: Date, memo = '') {
  const payout = await lockRequested(tx, id);
  const balance = await ledgerBalance(tx, payout.userId);
  if (balance < payout.amount) {
    throw conflict(`잔액(${won(balance)})이 출금 요청액보다 적어요. 요청 뒤에 환불이 있었어요: 거절해 주세요.`, undefined, 'insufficient_balance');
  }
  const [paid] = await tx.update(payouts).set({ status: 'paid', paidAt: now, paidBy: adminId }).where(eq(payouts.id, id)).returning();
  await appendLedger(tx, [{ userId: payout.userId, kind: 'payout', amount: -payout.amount, subjectType: 'payout', subjectId: id, memo: memo || '출금' }]);
  return paid!;
}

/** Turns down a requested payout: nothing leaves the balance. */
export async function declinePayout(tx: Db, id: number, adminId: number, now: Date, reason: string) {
  await lockRequested(tx, id);
  const [rejected] = await tx
    .update(payouts)
    .set({ status: 'rejected', rejectedAt: now, rejectedBy: adminId, rejectReason: reason })
    .where(eq(payouts.id, id))
    .returning();
  return rejected!;
}

async function lockRequested(tx: Db, id: number) {
  const [seen] = await tx.select({ userId: payouts.userId }).from(payouts).where(eq(payouts.id, id));
  if (!seen) throw notFound('출금 요청을 찾을 수 없습니다.');
  await lockPayee(tx, seen.userId);
  const [payout] = await tx.select().from(payouts).where(eq(payouts.id, id)).for('update');
  if (payout!.status !== 'requested') {
    throw conflict(payout!.status === 'paid' ? '이미 출금 완료된 요청입니다.' : '이미 거절된 요청입니다.', undefined, `payout_${payout!.status}`);
  }
  return payout!;
}

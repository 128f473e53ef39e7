import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { adminActions, notifications, payouts, settlementEntries } from '@/db/schema';
import { markPayoutPaid, rejectPayout } from '@/lib/admin/payouts';
import { createUser } from '@/tests/support/factories';
import { appendLedger, ledgerBalance } from './ledger';
import { requestPayout, settlePayout } from './payouts';
import { pendingPayout } from './queries';

async function hostWith(balance: number) {
  const host = await createUser();
  await appendLedger(getDb(), [{ userId: host.id, kind: 'game_income', amount: balance, subjectType: 'game', subjectId: 1, memo: '참가비' }]);
  return host;
}

describe('requesting a payout', () => {
  it('up to the balance, one at a time; the balance only moves when it is paid', async () => {
    const host = await hostWith(30_000);
    await expect(requestPayout(getDb(), host.id, 30_001)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'insufficient_balance' } });
    const payout = await requestPayout(getDb(), host.id, 20_000);
    expect(payout).toMatchObject({ status: 'requested', amount: 20_000, userId: host.id });
    expect(await pendingPayout(getDb(), host.id)).toBe(20_000);
    expect(await ledgerBalance(getDb(), host.id)).toBe(30_000);
    await expect(requestPayout(getDb(), host.id, 1_000)).rejects.toMatchObject({ extra: { reason: 'payout_pending' } });
    const nobody = await createUser();
    await expect(requestPayout(getDb(), nobody.id, 1)).rejects.toMatchObject({ extra: { reason: 'insufficient_balance' } });
  });

  it('paid: a payout entry of −amount, the user told, the admin’s action audited; never twice', async () => {
    const [host, admin] = [await hostWith(30_000), await createUser({ role: 'admin' })];
    const payout = await requestPayout(getDb(), host.id, 20_000);
    const { payout: paid, auditId } = await markPayoutPaid(getDb(), admin, payout.id, { memo: '국민 123-45 이체' });
    expect(paid).toMatchObject({ status: 'paid', amount: 20_000, paidAt: expect.any(String) });
    expect(await ledgerBalance(getDb(), host.id)).toBe(10_000);
    expect(await pendingPayout(getDb(), host.id)).toBe(0);
    const [entry] = await getDb().select().from(settlementEntries).where(and(eq(settlementEntries.userId, host.id), eq(settlementEntries.kind, 'payout')));
    expect(entry).toMatchObject({ amount: -20_000, subjectType: 'payout', subjectId: payout.id, memo: '국민 123-45 이체' });
    const [action] = await getDb().select().from(adminActions).where(eq(adminActions.id, auditId));
    expect(action).toMatchObject({ adminId: admin.id, action: 'payout_paid', targetType: 'payout', targetId: payout.id, details: { userId: host.id, amount: 20_000 } });
    const notes = await getDb().select().from(notifications).where(eq(notifications.userId, host.id));
    expect(notes).toMatchObject([{ type: 'payout_paid', title: '20,000원 출금이 완료되었어요', link: '/settlements' }]);
    await expect(markPayoutPaid(getDb(), admin, payout.id, { memo: '' })).rejects.toMatchObject({ extra: { reason: 'payout_paid' } });
    await expect(rejectPayout(getDb(), admin, payout.id, { reason: '중복' })).rejects.toMatchObject({ extra: { reason: 'payout_paid' } });
    await expect(markPayoutPaid(getDb(), admin, 999_999, { memo: '' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await ledgerBalance(getDb(), host.id)).toBe(10_000);
    // The next request may follow, up to what is left.
    await expect(requestPayout(getDb(), host.id, 10_001)).rejects.toMatchObject({ extra: { reason: 'insufficient_balance' } });
    expect((await requestPayout(getDb(), host.id, 10_000)).status).toBe('requested');
  });

  it('rejected: nothing leaves the balance and the user hears why', async () => {
    const [host, admin] = [await hostWith(5_000), await createUser({ role: 'admin' })];
    const payout = await requestPayout(getDb(), host.id, 5_000);
    const { payout: rejected } = await rejectPayout(getDb(), admin, payout.id, { reason: '계좌 정보가 필요해요' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '계좌 정보가 필요해요' });
    expect(await ledgerBalance(getDb(), host.id)).toBe(5_000);
    expect(await getDb().select().from(notifications).where(eq(notifications.userId, host.id))).toMatchObject([{ type: 'payout_rejected', body: '계좌 정보가 필요해요' }]);
    await expect(markPayoutPaid(getDb(), admin, payout.id, { memo: '' })).rejects.toMatchObject({ extra: { reason: 'payout_rejected' } });
  });

  it('is not paid when refunds since the request left less than the amount', async () => {
    const [host, admin] = [await hostWith(10_000), await createUser({ role: 'admin' })];
    const payout = await requestPayout(getDb(), host.id, 10_000);
    await appendLedger(getDb(), [{ userId: host.id, kind: 'refund_debit', amount: -4_000, subjectType: 'game', subjectId: 1 }]);
    await expect(markPayoutPaid(getDb(), admin, payout.id, { memo: '' })).rejects.toMatchObject({ extra: { reason: 'insufficient_balance' } });
    expect(await ledgerBalance(getDb(), host.id)).toBe(6_000);
  });
});

describe('payout races', () => {
  it('10 parallel requests: exactly one is accepted, the others get payout_pending', async () => {
    const host = await hostWith(50_000);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => requestPayout(getDb(), host.id, 40_000 + i)));
    const accepted = results.filter((r) => r.status === 'fulfilled');
    expect(accepted).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'conflict', extra: { reason: 'payout_pending' } });
    expect(await getDb().select().from(payouts).where(eq(payouts.userId, host.id))).toHaveLength(1);
  });

  it('a request racing an admin’s mark-paid never lets the balance go below zero', async () => {
    for (let round = 0; round < 5; round++) {
      const [host, admin] = [await hostWith(10_000), await createUser({ role: 'admin' })];
      const first = await requestPayout(getDb(), host.id, 8_000);
      const [paid, second] = await Promise.allSettled([markPayoutPaid(getDb(), admin, first.id, { memo: '' }), requestPayout(getDb(), host.id, 8_000)]);
      expect(paid.status).toBe('fulfilled');
      // Either the second saw the first still waiting (payout_pending) or saw it paid (2,000 left).
      expect(second.status).toBe('rejected');
      expect((second as PromiseRejectedResult).reason.extra.reason).toMatch(/^(payout_pending|insufficient_balance)$/);
      expect(await ledgerBalance(getDb(), host.id)).toBe(2_000);
      // Paying and rejecting the same request at once: one wins, the ledger has at most one payout entry.
      const next = await requestPayout(getDb(), host.id, 2_000);
      const outcomes = await Promise.allSettled([markPayoutPaid(getDb(), admin, next.id, { memo: '' }), rejectPayout(getDb(), admin, next.id, { reason: '중복' }), markPayoutPaid(getDb(), admin, next.id, { memo: '' })]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const balance = await ledgerBalance(getDb(), host.id);
      expect([0, 2_000]).toContain(balance);
    }
  });

  it.runIf(process.env.DATABASE_URL)('a request made while a mark-paid is still open waits for it and sees the balance after the payout (PostgreSQL)', async () => {
    const [host, admin] = [await hostWith(10_000), await createUser({ role: 'admin' })];
    const first = await requestPayout(getDb(), host.id, 8_000);
    let second: Promise<unknown> | undefined;
    await getDb().transaction(async (tx) => {
      await settlePayout(tx, first.id, admin.id, new Date());
      second = requestPayout(getDb(), host.id, 8_000).catch((error: unknown) => error);
      // Give the request time to reach the user's lock (it must wait there, not read around it).
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await second).toMatchObject({ extra: { reason: 'insufficient_balance' } });
    expect(await ledgerBalance(getDb(), host.id)).toBe(2_000);
  });
});

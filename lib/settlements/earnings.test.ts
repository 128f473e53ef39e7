import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { payments, settlementEntries, type User } from '@/db/schema';
import { markPayoutPaid } from '@/lib/admin/payouts';
import { seoulInstant } from '@/lib/core/seoul-time';
import { cancelParticipation, joinGame } from '@/lib/games/players';
import { approvePayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { createUser } from '@/tests/support/factories';
import { createTestGame, HOUR } from '@/tests/support/games';
import { earningsCsvLines, earningsPeriod, hostEarnings, hostGameMoney } from './earnings';
import { appendLedger, ledgerBalance } from './ledger';
import { requestPayout } from './payouts';

const saved = process.env.PLATFORM_FEE_RATE_GAME;
afterEach(() => {
  if (saved === undefined) delete process.env.PLATFORM_FEE_RATE_GAME;
  else process.env.PLATFORM_FEE_RATE_GAME = saved;
});

// The ledger stamps entries with the database's clock, so these tests run at the real now.
async function paidPlayer(gameId: number) {
  const user = await createUser();
  const { payment } = await joinGame(getDb(), user, gameId);
  const [row] = await getDb().select().from(payments).where(eq(payments.id, payment!.id));
  await approvePayment(getDb(), user, row!.id, { paymentKey: sandboxPaymentKey(row!.orderId, row!.amount) });
  return user;
}

const allTime = { from: '2000-01-01' } as const;

describe('hostEarnings', () => {
  it('a paid join and a refund: earned, refunded, fees, upcoming until the game starts, the balance', async () => {
    process.env.PLATFORM_FEE_RATE_GAME = '0.1';
    const host = await createUser();
    const now = new Date();
    const game = await createTestGame(host, now, { fee: 8_000, startsInHours: 72 });
    const [leaving] = [await paidPlayer(game.id), await paidPlayer(game.id)];
    await cancelParticipation(getDb(), leaving, game.id);

    const view = await hostEarnings(getDb(), host.id, {}, now);
    const month = view.to.slice(0, 7);
    expect(view.totals).toEqual({ earned: 16_000, refunded: 8_000, fees: 800, covered: 0, paidOut: 0, net: 7_200, upcoming: 8_000, balance: 7_200, pendingPayout: 0 });
    expect(view.months).toHaveLength(12);
    expect(view.months.at(-1)).toEqual({ month, earned: 16_000, refunded: 8_000, fees: 800, covered: 0, paidOut: 0, net: 7_200 });
    expect(view.totals.balance).toBe(await ledgerBalance(getDb(), host.id));

    // Once the game has started the money is no longer upcoming.
    expect((await hostEarnings(getDb(), host.id, {}, new Date(Date.parse(game.startsAt) + HOUR))).totals.upcoming).toBe(0);
    expect(await hostGameMoney(getDb(), host.id, [game.id, game.id + 1_000_000])).toEqual(new Map([[game.id, { collected: 16_000, refunded: 8_000, fees: 800, net: 7_200 }]]));

    // A payout request shows as pending; paid, it leaves the balance and shows as paid out.
    const payout = await requestPayout(getDb(), host.id, 7_000);
    expect((await hostEarnings(getDb(), host.id, {}, now)).totals).toMatchObject({ pendingPayout: 7_000, balance: 7_200 });
    await markPayoutPaid(getDb(), await createUser({ role: 'admin' }), payout.id, { memo: '' });
    expect((await hostEarnings(getDb(), host.id, {}, now)).totals).toMatchObject({ paidOut: 7_000, net: 7_200, balance: 200, pendingPayout: 0 });
  });

  it('groups by Seoul month and day: an entry at 23:30 on 31 January (Seoul) is January, 00:10 on 1 February is February', async () => {
    const host = await createUser();
    const base = { userId: host.id, subjectType: 'game' as const, subjectId: 1, memo: '' };
    await getDb()
      .insert(settlementEntries)
      .values([
        { ...base, kind: 'game_income', amount: 1_000, createdAt: new Date(seoulInstant('2026-01-31', 23).getTime() + 30 * 60_000) },
        { ...base, kind: 'game_income', amount: 2_000, createdAt: new Date(seoulInstant('2026-02-01', 0).getTime() + 10 * 60_000) },
        { ...base, kind: 'game_income', amount: 4_000, createdAt: seoulInstant('2026-03-01', 0) },
      ]);
    const view = await hostEarnings(getDb(), host.id, { from: '2026-01-01', to: '2026-02-28' }, new Date());
    expect(view.months.map((m) => [m.month, m.earned])).toEqual([
      ['2026-01', 1_000],
      ['2026-02', 2_000],
    ]);
    expect(view.totals).toMatchObject({ earned: 3_000, balance: 7_000 });
    const feb = await hostEarnings(getDb(), host.id, { from: '2026-02-01', to: '2026-02-01' }, new Date());
    expect(feb.totals.earned).toBe(2_000);

    const csv = [...earningsCsvLines(view)];
    expect(csv).toEqual([
      '월,수입(원),환불(원),수수료(원),주문자 부담(원),출금(원),순수익(원)\r\n',
      '2026-01,1000,0,0,0,0,1000\r\n',
      '2026-02,2000,0,0,0,0,2000\r\n',
      '합계 2026-01-01~2026-02-28,3000,0,0,0,0,3000\r\n',
    ]);
  });

  it('defaults to the last 12 months, from the 1st', () => {
    expect(earningsPeriod({}, new Date('2026-12-05T03:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-05' });
    expect(earningsPeriod({}, new Date('2026-03-31T16:00:00Z'))).toEqual({ from: '2025-05-01', to: '2026-04-01' });
    expect(earningsPeriod({ from: '2026-06-01' }, new Date('2026-12-05T03:00:00Z'))).toEqual({ from: '2026-06-01', to: '2026-12-05' });
  });

  it('over all time, net − paid out is the balance: the sum of the ledger (property)', async () => {
    const kinds = fc.oneof(
      fc.record({ kind: fc.constantFrom('game_income' as const, 'reservation_income' as const), amount: fc.integer({ min: 1, max: 1_000_000 }) }),
      fc.record({ kind: fc.constant('refund_debit' as const), amount: fc.integer({ min: -1_000_000, max: -1 }) }),
      fc.record({ kind: fc.constant('platform_fee' as const), amount: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(kinds, { minLength: 1, maxLength: 12 }), async (drawn) => {
        const host: User = await createUser();
        await appendLedger(getDb(), drawn.map((e, i) => ({ ...e, userId: host.id, subjectType: 'game' as const, subjectId: i + 1 })));
        const { totals, months } = await hostEarnings(getDb(), host.id, allTime, new Date());
        const sum = drawn.reduce((n, e) => n + e.amount, 0);
        expect(totals.balance).toBe(sum);
        expect(totals.net - totals.paidOut).toBe(sum);
        expect(months.reduce((n, m) => n + m.net, 0)).toBe(totals.net);
      }),
      { numRuns: 15 },
    );
  });
});

describe('a refund racing a payout of the whole balance', () => {
  it('never pays out more than the balance holds: the balance never goes below zero', async () => {
    delete process.env.PLATFORM_FEE_RATE_GAME;
    const admin = await createUser({ role: 'admin' });
    for (let round = 0; round < 4; round++) {
      const host = await createUser();
      const game = await createTestGame(host, new Date(), { fee: 10_000, startsInHours: 72 });
      const player = await paidPlayer(game.id);
      const [refund, request] = await Promise.allSettled([cancelParticipation(getDb(), player, game.id), requestPayout(getDb(), host.id, 10_000)]);
      expect(refund.status).toBe('fulfilled');
      if (request.status === 'fulfilled') {
        // Asked before the refund landed: the admin can no longer pay it.
        await expect(markPayoutPaid(getDb(), admin, request.value.id, { memo: '' })).rejects.toMatchObject({ extra: { reason: 'insufficient_balance' } });
      } else {
        expect(request.reason).toMatchObject({ extra: { reason: 'insufficient_balance' } });
      }
      const { totals } = await hostEarnings(getDb(), host.id, allTime, new Date());
      expect(totals).toMatchObject({ earned: 10_000, refunded: 10_000, paidOut: 0, balance: 0, upcoming: 0 });
    }
  });
});

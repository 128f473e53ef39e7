import fc from 'fast-check';
import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { payments, payouts, settlementEntries, type User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { markPayoutPaid, rejectPayout } from '@/lib/admin/payouts';
import { joinGame } from '@/lib/games/players';
import { approvePayment, cancelPayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { createReservation } from '@/lib/reservations/mutations';
import { createReservationBody } from '@/lib/reservations/schema';
import { createUser } from '@/tests/support/factories';
import { createTestGame, fixedClock } from '@/tests/support/games';
import { createTestSpace } from '@/tests/support/spaces';
import { feeFor, feeHeldAfter } from './fees';
import { ledgerBalance } from './ledger';
import { requestPayout } from './payouts';

const RATES = ['PLATFORM_FEE_RATE_GAME', 'PLATFORM_FEE_RATE_RESERVATION'] as const;
const saved = Object.fromEntries(RATES.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of RATES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const now = new Date('2026-06-01T00:00:00Z');
const clock = fixedClock(now);

type Op =
  | { type: 'game' }
  | { type: 'reservation'; hours: number }
  | { type: 'refund'; pick: number; part: number }
  | { type: 'payout'; part: number }
  | { type: 'decide'; pay: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ type: 'game' as const }),
  fc.record({ type: fc.constant('reservation' as const), hours: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ type: fc.constant('refund' as const), pick: fc.nat(), part: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('payout' as const), part: fc.double({ min: 0, max: 1.2, noNaN: true }) }),
  fc.record({ type: fc.constant('decide' as const), pay: fc.boolean() }),
);
const ppm = fc.constantFrom(0, 1, 33_000, 100_000, 123_457, 500_000, 1_000_000);

/** What the host should hold, from the payments and payouts tables alone (not the ledger). */
async function expectedBalance(hostPaymentIds: number[], hostId: number, rate: (purpose: string) => number) {
  const rows = hostPaymentIds.length ? await getDb().select().from(payments).where(inArray(payments.id, hostPaymentIds)) : [];
  let total = 0;
  for (const p of rows) {
    if (!['approved', 'partially_cancelled', 'cancelled'].includes(p.status)) continue;
    const charged = feeFor(p.amount, rate(p.purpose));
    total += p.amount - p.cancelledAmount - feeHeldAfter(charged, p.amount, p.amount - p.cancelledAmount);
  }
  const paid = await getDb().select().from(payouts).where(and(eq(payouts.userId, hostId), eq(payouts.status, 'paid')));
  return total - paid.reduce((sum, p) => sum + p.amount, 0);
}

describe('the ledger property', () => {
  it('for any sequence of paid games, paid bookings, refunds and payouts: balance = approved − refunds − fees − paid payouts', async () => {
    const admin = await createUser({ role: 'admin' });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 20 }), ppm, ppm, fc.integer({ min: 1, max: 60 }), async (ops, gamePpm, spacePpm, feeThousands) => {
        process.env.PLATFORM_FEE_RATE_GAME = String(gamePpm / 1_000_000);
        process.env.PLATFORM_FEE_RATE_RESERVATION = String(spacePpm / 1_000_000);
        const rate = (purpose: string) => (purpose === 'game' ? gamePpm : spacePpm);
        const host = await createUser();
        const game = await createTestGame(host, now, { fee: feeThousands * 1_000 + 7, maxPlayers: 30, minPlayers: 2 });
        const { space } = await createTestSpace(host);
        const paid: { payer: User; id: number }[] = [];
        let slot = 0;
        for (const step of ops) {
          if (step.type === 'game') {
            const player = await createUser();
            const { payment } = await joinGame(getDb(), player, game.id, {}, clock);
            const [row] = await getDb().select().from(payments).where(eq(payments.id, payment!.id));
            await approvePayment(getDb(), player, row!.id, { paymentKey: sandboxPaymentKey(row!.orderId, row!.amount) }, clock);
            paid.push({ payer: player, id: row!.id });
          } else if (step.type === 'reservation') {
            const guest = await createUser();
            const day = `2026-06-${String(10 + Math.floor(slot / 3)).padStart(2, '0')}`;
            const start = 9 + 4 * (slot++ % 3);
            const body = createReservationBody.parse({
              spaceId: space.id,
              startsAt: seoulInstant(day, start).toISOString(),
              endsAt: seoulInstant(day, start + step.hours).toISOString(),
              people: 2,
              bookerName: '김이웃',
              bookerPhone: '010-1234-5678',
            });
            const { payment } = await createReservation(getDb(), guest, body, clock);
            await approvePayment(getDb(), guest, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, clock);
            paid.push({ payer: guest, id: payment.id });
          } else if (step.type === 'refund') {
            if (!paid.length) continue;
            const target = paid[step.pick % paid.length]!;
            const [p] = await getDb().select().from(payments).where(eq(payments.id, target.id));
            const remaining = p!.amount - p!.cancelledAmount;
            if (remaining === 0) continue;
            const amount = Math.max(1, Math.min(remaining, Math.round(remaining * step.part)));
            await cancelPayment(getDb(), target.payer.id, target.id, { reason: '환불', amount, byPolicy: false }, clock);
          } else if (step.type === 'payout') {
            const balance = await ledgerBalance(getDb(), host.id);
            const amount = Math.max(1, Math.round(balance * step.part));
            await requestPayout(getDb(), host.id, amount).catch((error: { extra?: { reason?: string } }) => {
              // Refused only for a reason the rules give.
              expect(['payout_pending', 'insufficient_balance']).toContain(error.extra?.reason);
            });
          } else {
            const [pending] = await getDb().select().from(payouts).where(and(eq(payouts.userId, host.id), eq(payouts.status, 'requested')));
            if (!pending) continue;
            if (step.pay) {
              await markPayoutPaid(getDb(), admin, pending.id, { memo: '' }).catch((error: { extra?: { reason?: string } }) => {
                expect(error.extra?.reason).toBe('insufficient_balance');
              });
            } else {
              await rejectPayout(getDb(), admin, pending.id, { reason: '테스트' });
            }
          }
          const ids = paid.map((p) => p.id);
          expect(await ledgerBalance(getDb(), host.id)).toBe(await expectedBalance(ids, host.id, rate));
        }
        // Per payment the host's entries never sum below zero; payers have no entries.
        for (const { id, payer } of paid) {
          const rows = await getDb().select().from(settlementEntries).where(eq(settlementEntries.paymentId, id));
          expect(rows.every((r) => r.userId === host.id)).toBe(true);
          expect(rows.reduce((sum, r) => sum + r.amount, 0)).toBeGreaterThanOrEqual(0);
          expect(await ledgerBalance(getDb(), payer.id)).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
    // 60 generated histories of real transactions: minutes on a busy shared machine, not seconds.
  }, 180_000);
});

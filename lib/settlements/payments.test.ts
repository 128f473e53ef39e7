import { asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { payments, settlementEntries, type User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { cancelGame } from '@/lib/games/mutations';
import { cancelParticipation, joinGame } from '@/lib/games/players';
import { approvePayment, cancelPayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { cancelReservation, createReservation } from '@/lib/reservations/mutations';
import { createReservationBody } from '@/lib/reservations/schema';
import { createUser } from '@/tests/support/factories';
import { createTestGame, fixedClock } from '@/tests/support/games';
import { createTestSpace } from '@/tests/support/spaces';
import { ledgerBalance } from './ledger';

const saved = { game: process.env.PLATFORM_FEE_RATE_GAME, reservation: process.env.PLATFORM_FEE_RATE_RESERVATION };
afterEach(() => {
  if (saved.game === undefined) delete process.env.PLATFORM_FEE_RATE_GAME;
  else process.env.PLATFORM_FEE_RATE_GAME = saved.game;
  if (saved.reservation === undefined) delete process.env.PLATFORM_FEE_RATE_RESERVATION;
  else process.env.PLATFORM_FEE_RATE_RESERVATION = saved.reservation;
});

const now = new Date('2026-06-01T00:00:00Z');
const clock = fixedClock(now);
const entriesOf = async (userId: number) =>
  (await getDb().select().from(settlementEntries).where(eq(settlementEntries.userId, userId)).orderBy(asc(settlementEntries.id))).map((e) => ({
    kind: e.kind,
    amount: e.amount,
    paymentId: e.paymentId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
  }));

async function paidPlayer(gameId: number, at = clock) {
  const user = await createUser();
  const { payment } = await joinGame(getDb(), user, gameId, {}, at);
  const [row] = await getDb().select().from(payments).where(eq(payments.id, payment!.id));
  await approvePayment(getDb(), user, row!.id, { paymentKey: sandboxPaymentKey(row!.orderId, row!.amount) }, at);
  return { user, paymentId: row!.id };
}

async function paidReservation(guest: User, spaceId: number, day = '2026-06-10') {
  const body = createReservationBody.parse({ spaceId, startsAt: seoulInstant(day, 14).toISOString(), endsAt: seoulInstant(day, 16).toISOString(), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' });
  const { reservation, payment } = await createReservation(getDb(), guest, body, clock);
  await approvePayment(getDb(), guest, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, clock);
  return { reservation, payment };
}

describe('paid games on the host’s ledger', () => {
  it('credit the fee on approval (no fee entry at a zero rate), nothing for the player', async () => {
    delete process.env.PLATFORM_FEE_RATE_GAME;
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 7_000 });
    const { user, paymentId } = await paidPlayer(game.id);
    expect(await entriesOf(host.id)).toEqual([{ kind: 'game_income', amount: 7_000, paymentId, subjectType: 'game', subjectId: game.id }]);
    expect(await ledgerBalance(getDb(), host.id)).toBe(7_000);
    expect(await entriesOf(user.id)).toEqual([]);
  });

  it('charge the platform fee rounded down, and return it in full with a full refund', async () => {
    process.env.PLATFORM_FEE_RATE_GAME = '0.033';
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 7_000 });
    const { user, paymentId } = await paidPlayer(game.id);
    // 7,000 × 3.3% = 231
    expect(await ledgerBalance(getDb(), host.id)).toBe(6_769);
    // 72 hours ahead: the player's cancellation is refunded in full.
    await cancelParticipation(getDb(), user, game.id, clock);
    expect((await entriesOf(host.id)).map((e) => [e.kind, e.amount])).toEqual([
      ['game_income', 7_000],
      ['platform_fee', -231],
      ['refund_debit', -7_000],
      ['platform_fee', 231],
    ]);
    expect(await ledgerBalance(getDb(), host.id)).toBe(0);
    expect((await entriesOf(host.id)).every((e) => e.paymentId === paymentId)).toBe(true);
  });

  it('return the fee in proportion to a partial refund', async () => {
    process.env.PLATFORM_FEE_RATE_GAME = '0.1';
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 10_000 });
    const { user, paymentId } = await paidPlayer(game.id);
    await cancelPayment(getDb(), user.id, paymentId, { reason: '일부 환불', amount: 3_333, byPolicy: false }, clock);
    // Keeps 6,667: fee held ⌊1,000 × 6,667 / 10,000⌋ = 666, so 334 comes back.
    expect((await entriesOf(host.id)).slice(2).map((e) => [e.kind, e.amount])).toEqual([
      ['refund_debit', -3_333],
      ['platform_fee', 334],
    ]);
    expect(await ledgerBalance(getDb(), host.id)).toBe(6_667 - 666);
    // A rate changed afterwards does not change what the rest of the refund returns.
    process.env.PLATFORM_FEE_RATE_GAME = '0.5';
    await cancelPayment(getDb(), user.id, paymentId, { reason: '나머지', byPolicy: false }, clock);
    expect(await ledgerBalance(getDb(), host.id)).toBe(0);
  });

  it('a host who cancels the game is debited every refund', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 5_000 });
    await paidPlayer(game.id);
    await paidPlayer(game.id);
    expect(await ledgerBalance(getDb(), host.id)).toBe(10_000);
    await cancelGame(getDb(), host, game.id, clock);
    expect(await ledgerBalance(getDb(), host.id)).toBe(0);
    expect((await entriesOf(host.id)).filter((e) => e.kind === 'refund_debit')).toHaveLength(2);
  });
});

describe('paid reservations on the host’s ledger', () => {
  it('credit the space’s host on approval and debit the guest’s refund by the policy', async () => {
    process.env.PLATFORM_FEE_RATE_RESERVATION = '0.05';
    const { host, space } = await createTestSpace(undefined, { cancellationPolicy: 'moderate' });
    const guest = await createUser();
    const { reservation, payment } = await paidReservation(guest, space.id);
    expect(await entriesOf(host.id)).toEqual([
      { kind: 'reservation_income', amount: 20_000, paymentId: payment.id, subjectType: 'reservation', subjectId: reservation.id },
      { kind: 'platform_fee', amount: -1_000, paymentId: payment.id, subjectType: 'reservation', subjectId: reservation.id },
    ]);
    // Two days ahead under 보통: half back.
    const twoDaysBefore = () => new Date(seoulInstant('2026-06-10', 14).getTime() - 2 * 86_400_000);
    await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, twoDaysBefore);
    expect(await ledgerBalance(getDb(), host.id)).toBe(10_000 - 500);
    expect(await ledgerBalance(getDb(), guest.id)).toBe(0);
  });

  it('a checkout that never went through (the booking was cancelled first) credits nothing', async () => {
    const { host, space } = await createTestSpace();
    const guest = await createUser();
    const body = createReservationBody.parse({ spaceId: space.id, startsAt: seoulInstant('2026-06-10', 14).toISOString(), endsAt: seoulInstant('2026-06-10', 16).toISOString(), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' });
    const { reservation, payment } = await createReservation(getDb(), guest, body, clock);
    await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, clock);
    await expect(approvePayment(getDb(), guest, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, clock)).rejects.toBeTruthy();
    expect(await entriesOf(host.id)).toEqual([]);
  });
});

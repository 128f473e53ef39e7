import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { chatMembers, gamePlayers, games, payments } from '@/db/schema';
import { approvePayment, cancelPayment, expireStalePayments } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { createUser } from '@/tests/support/factories';
import { createTestGame, fixedClock, HOUR } from '@/tests/support/games';
import { cancelGame } from './mutations';
import { cancelParticipation, joinGame, removePlayer } from './players';
import { cancellationQuote, nextGameFor } from './queries';

const now = new Date();
const clock = fixedClock(now);

const statusOf = async (gameId: number, userId: number) =>
  (await getDb().select().from(gamePlayers).where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.userId, userId)))).map((p) => p.status);
const gameRow = async (id: number) => (await getDb().select().from(games).where(eq(games.id, id)))[0]!;
const inRoom = async (roomId: number, userId: number) =>
  (await getDb().select().from(chatMembers).where(and(eq(chatMembers.roomId, roomId), eq(chatMembers.userId, userId)))).length === 1;
const paymentRow = async (id: number) => (await getDb().select().from(payments).where(eq(payments.id, id)))[0]!;

async function payFor(user: Awaited<ReturnType<typeof createUser>>, paymentId: number, at = clock) {
  const payment = await paymentRow(paymentId);
  return approvePayment(getDb(), user, paymentId, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, at);
}

describe('joining a free game', () => {
  it('seats the player in the game and its chat room; the last seat makes it full; then 409 or the waitlist', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { minPlayers: 1, maxPlayers: 2 });
    const [a, b, c, d] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    expect((await joinGame(getDb(), a, game.id, {}, clock)).participation.status).toBe('joined');
    expect(await inRoom(game.chatRoomId, a.id)).toBe(true);
    await expect(joinGame(getDb(), a, game.id, {}, clock)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'already_joined' } });
    await joinGame(getDb(), b, game.id, {}, clock);
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 2, status: 'full' });
    await expect(joinGame(getDb(), c, game.id, {}, clock)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'full' } });
    expect((await joinGame(getDb(), c, game.id, { waitlist: true }, clock)).participation.status).toBe('waitlisted');
    await joinGame(getDb(), d, game.id, { waitlist: true }, clock);
    await expect(joinGame(getDb(), host, game.id, {}, clock)).rejects.toMatchObject({ extra: { reason: 'host' } });

    // A freed seat goes to the head of the waitlist, and the game stays full.
    await cancelParticipation(getDb(), a, game.id, clock);
    expect(await statusOf(game.id, a.id)).toEqual(['cancelled']);
    expect(await inRoom(game.chatRoomId, a.id)).toBe(false);
    expect(await statusOf(game.id, c.id)).toEqual(['joined']);
    expect(await inRoom(game.chatRoomId, c.id)).toBe(true);
    expect(await statusOf(game.id, d.id)).toEqual(['waitlisted']);
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 2, status: 'full' });

    // Leaving the waitlist frees nothing; a seat with nobody waiting reopens recruitment.
    await cancelParticipation(getDb(), d, game.id, clock);
    await cancelParticipation(getDb(), b, game.id, clock);
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 1, status: 'recruiting' });
    // A player who left may come back.
    expect((await joinGame(getDb(), a, game.id, {}, clock)).participation.status).toBe('joined');
  });

  it('30 concurrent joins on 10 spots: exactly 10 seats, the rest 409 or waitlisted as asked', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { minPlayers: 2, maxPlayers: 10 });
    const players = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    const results = await Promise.allSettled(players.map((p, i) => joinGame(getDb(), p, game.id, { waitlist: i % 2 === 0 }, clock)));
    const statuses = results.map((r) => (r.status === 'fulfilled' ? r.value.participation.status : (r.reason as { extra: { reason: string } }).extra.reason));
    expect(statuses.filter((s) => s === 'joined')).toHaveLength(10);
    const waitlisted = statuses.filter((s) => s === 'waitlisted').length;
    const refused = statuses.filter((s) => s === 'full').length;
    expect(waitlisted + refused).toBe(20);
    results.forEach((r, i) => {
      if (r.status === 'rejected') expect(i % 2).toBe(1);
      else if (r.value.participation.status === 'waitlisted') expect(i % 2).toBe(0);
    });
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 10, status: 'full' });
    const seated = await getDb().select().from(gamePlayers).where(and(eq(gamePlayers.gameId, game.id), eq(gamePlayers.status, 'joined')));
    expect(seated).toHaveLength(10);
  });
});

describe('joining a paid game', () => {
  it('holds the seat while paying; approval joins; an expired checkout frees the seat for the waitlist, who gets a checkout', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { minPlayers: 1, maxPlayers: 1, fee: 8000 });
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const joined = await joinGame(getDb(), a, game.id, {}, clock);
    expect(joined.participation.status).toBe('pending_payment');
    expect(joined.payment).toMatchObject({ amount: 8000, checkoutUrl: `/pay/${joined.payment!.id}` });
    expect(await inRoom(game.chatRoomId, a.id)).toBe(false);
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 1, status: 'full' });
    await joinGame(getDb(), b, game.id, { waitlist: true }, clock);

    await expireStalePayments(getDb(), new Date(now.getTime() + 16 * 60_000));
    expect(await statusOf(game.id, a.id)).toEqual(['cancelled']);
    expect(await statusOf(game.id, b.id)).toEqual(['pending_payment']);
    const [promoted] = await getDb().select().from(gamePlayers).where(and(eq(gamePlayers.gameId, game.id), eq(gamePlayers.userId, b.id)));
    expect(promoted!.paymentId).not.toBeNull();
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 1, status: 'full' });

    await payFor(b, promoted!.paymentId!, fixedClock(new Date(now.getTime() + 17 * 60_000)));
    expect(await statusOf(game.id, b.id)).toEqual(['joined']);
    expect(await inRoom(game.chatRoomId, b.id)).toBe(true);
  });

  it('refunds an own cancellation by the policy: 50% between 24 h and 2 h before the start', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 10000, startsInHours: 10 });
    const a = await createUser();
    const { payment } = await joinGame(getDb(), a, game.id, {}, clock);
    await payFor(a, payment!.id);
    expect(await cancellationQuote(getDb(), game.id, a.id, now)).toEqual({ refundAmount: 5000, paidAmount: 10000 });
    const { refundedAmount } = await cancelParticipation(getDb(), a, game.id, clock);
    expect(refundedAmount).toBe(5000);
    expect(await cancellationQuote(getDb(), game.id, a.id, now)).toBeNull();
    expect(await paymentRow(payment!.id)).toMatchObject({ status: 'partially_cancelled', cancelledAmount: 5000 });
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 0 });
  });

  it('refunds nothing in the last 2 hours, but the seat is still given up', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 10000, startsInHours: 30 });
    const a = await createUser();
    const { payment } = await joinGame(getDb(), a, game.id, {}, clock);
    await payFor(a, payment!.id);
    expect(await cancellationQuote(getDb(), game.id, a.id, now)).toEqual({ refundAmount: 10000, paidAmount: 10000 });
    const late = fixedClock(new Date(new Date(game.startsAt).getTime() - HOUR));
    expect(await cancellationQuote(getDb(), game.id, a.id, late())).toEqual({ refundAmount: 0, paidAmount: 10000 });
    await expect(joinGame(getDb(), await createUser(), game.id, {}, late)).rejects.toMatchObject({ extra: { reason: 'closed' } });
    expect((await cancelParticipation(getDb(), a, game.id, late)).refundedAmount).toBe(0);
    expect(await paymentRow(payment!.id)).toMatchObject({ status: 'approved', cancelledAmount: 0 });
    expect(await statusOf(game.id, a.id)).toEqual(['cancelled']);
  });

  it('the host removes a player with a full refund; only the host may', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 10000, startsInHours: 3 });
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const { payment } = await joinGame(getDb(), a, game.id, {}, clock);
    await payFor(a, payment!.id);
    await expect(removePlayer(getDb(), b, game.id, a.id, clock)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(removePlayer(getDb(), host, game.id, b.id, clock)).rejects.toMatchObject({ code: 'not_found' });
    expect((await removePlayer(getDb(), host, game.id, a.id, clock)).refundedAmount).toBe(10000);
    expect(await paymentRow(payment!.id)).toMatchObject({ status: 'cancelled', cancelledAmount: 10000 });
    expect(await statusOf(game.id, a.id)).toEqual(['removed']);
    expect(await inRoom(game.chatRoomId, a.id)).toBe(false);
  });

  it('a refund through the payments API gives the seat up too', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 10000 });
    const a = await createUser();
    const { payment } = await joinGame(getDb(), a, game.id, {}, clock);
    await payFor(a, payment!.id);
    await cancelPayment(getDb(), a.id, payment!.id, { reason: '못 가요' }, clock);
    expect(await paymentRow(payment!.id)).toMatchObject({ status: 'cancelled', cancelledAmount: 10000 });
    expect(await statusOf(game.id, a.id)).toEqual(['cancelled']);
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 0 });
  });
});

describe('nextGameFor (home page)', () => {
  it('is the soonest game I hold a seat in that has not started; waitlists and cancelled games are skipped', async () => {
    const host = await createUser();
    const me = await createUser();
    expect(await nextGameFor(getDb(), me.id, now)).toBeNull();
    const later = await createTestGame(host, now, { startsInHours: 96 });
    const sooner = await createTestGame(host, now, { startsInHours: 48 });
    const cancelled = await createTestGame(host, now, { startsInHours: 24 });
    const full = await createTestGame(host, now, { startsInHours: 12, minPlayers: 1, maxPlayers: 1 });
    await joinGame(getDb(), me, later.id, {}, clock);
    await joinGame(getDb(), me, sooner.id, {}, clock);
    await joinGame(getDb(), me, cancelled.id, {}, clock);
    await cancelGame(getDb(), host, cancelled.id, clock);
    await joinGame(getDb(), await createUser(), full.id, {}, clock);
    await joinGame(getDb(), me, full.id, { waitlist: true }, clock);

    expect(await nextGameFor(getDb(), me.id, now)).toMatchObject({ game: { id: sooner.id }, participation: 'joined' });
    expect(await nextGameFor(getDb(), me.id, new Date(now.getTime() + 60 * HOUR))).toMatchObject({ game: { id: later.id } });
  });
});

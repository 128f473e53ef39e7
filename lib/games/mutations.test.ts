import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { chatMembers, chatRooms, gamePlayers, games, neighbourhoods, payments } from '@/db/schema';
import { registerJob, runDueJobs } from '@/lib/jobs/sweeper';
import { approvePayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { CHEONGUN, createUser, YONGDAM2 } from '@/tests/support/factories';
import { createTestGame, fixedClock, gameInput, HOUR } from '@/tests/support/games';
import { gameJobs } from '@/lib/jobs/game-jobs';
import { cancelGame, closeGame, createGame, finishGames, settleRecruitment, updateGame } from './mutations';
import { joinGame } from './players';

gameJobs.forEach(registerJob);

const now = new Date();
const clock = fixedClock(now);
const gameRow = async (id: number) => (await getDb().select().from(games).where(eq(games.id, id)))[0]!;
const playerStatuses = async (gameId: number) =>
  (await getDb().select().from(gamePlayers).where(eq(gamePlayers.gameId, gameId)).orderBy(gamePlayers.id)).map((p) => p.status);

async function paidPlayer(gameId: number) {
  const user = await createUser();
  const { payment } = await joinGame(getDb(), user, gameId, {}, clock);
  const [row] = await getDb().select().from(payments).where(eq(payments.id, payment!.id));
  await approvePayment(getDb(), user, row!.id, { paymentKey: sandboxPaymentKey(row!.orderId, row!.amount) }, clock);
  return { user, paymentId: row!.id };
}
const paymentRow = async (id: number) => (await getDb().select().from(payments).where(eq(payments.id, id)))[0]!;

describe('creating a game', () => {
  it('creates its chat room with the host seated, defaults the deadline and the coordinates', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now);
    const [dong] = await getDb().select().from(neighbourhoods).where(eq(neighbourhoods.code, YONGDAM2));
    expect(game).toMatchObject({ status: 'recruiting', joinedCount: 0, lat: dong!.lat, lng: dong!.lng, host: { id: host.id }, sportLabel: '풋살' });
    expect(new Date(game.recruitUntil).getTime()).toBe(new Date(game.startsAt).getTime() - 2 * HOUR);
    const [room] = await getDb().select().from(chatRooms).where(eq(chatRooms.id, game.chatRoomId));
    expect(room).toMatchObject({ kind: 'game', ownerId: host.id, memberCount: 1 });
    const [row] = await getDb().select().from(games).where(eq(games.id, game.id));
    expect(row!.sigunguCode).toBe(YONGDAM2.slice(0, 5));
  });

  it('refuses past or unordered times, min above max, unknown places, and paid games from unverified hosts', async () => {
    const host = await createUser();
    const bad = (overrides: Parameters<typeof gameInput>[1]) => createGame(getDb(), host, gameInput(now, overrides), clock);
    await expect(bad({ startsInHours: -1 })).rejects.toMatchObject({ code: 'invalid', extra: { fields: { startsAt: expect.any(Array) } } });
    const startsAt = new Date(now.getTime() + 5 * HOUR);
    await expect(bad({ startsAt, endsAt: startsAt })).rejects.toMatchObject({ extra: { fields: { endsAt: expect.any(Array) } } });
    await expect(bad({ recruitUntil: new Date(now.getTime() + 100 * HOUR) })).rejects.toMatchObject({ extra: { fields: { recruitUntil: expect.any(Array) } } });
    await expect(bad({ minPlayers: 5, maxPlayers: 4 })).rejects.toMatchObject({ extra: { fields: { minPlayers: expect.any(Array) } } });
    await expect(bad({ neighbourhoodCode: '9999999999' })).rejects.toMatchObject({ extra: { fields: { neighbourhoodCode: expect.any(Array) } } });
    const unverified = await createUser({ emailVerifiedAt: null });
    await expect(createGame(getDb(), unverified, gameInput(now, { fee: 5000 }), clock)).rejects.toMatchObject({ code: 'forbidden', extra: { reason: 'email_not_verified' } });
    expect((await createGame(getDb(), unverified, gameInput(now), clock)).fee).toBe(0);
    expect(await getDb().select().from(games).where(eq(games.hostId, host.id))).toHaveLength(0);
  });
});

describe('editing a game', () => {
  it('host only; max not below the joined count; the fee is fixed once someone paid; moving recomputes the place', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 5000, maxPlayers: 3, minPlayers: 1 });
    await expect(updateGame(getDb(), await createUser(), game.id, { title: '남의 경기' }, clock)).rejects.toMatchObject({ code: 'forbidden' });
    await paidPlayer(game.id);
    await paidPlayer(game.id);
    await expect(updateGame(getDb(), host, game.id, { maxPlayers: 1 }, clock)).rejects.toMatchObject({ extra: { reason: 'below_joined' } });
    await expect(updateGame(getDb(), host, game.id, { fee: 6000 }, clock)).rejects.toMatchObject({ extra: { reason: 'fee_locked' } });
    const updated = await updateGame(getDb(), host, game.id, { maxPlayers: 2, title: '새 제목', neighbourhoodCode: CHEONGUN }, clock);
    expect(updated).toMatchObject({ maxPlayers: 2, status: 'full', title: '새 제목', neighbourhoodCode: CHEONGUN });
    expect((await gameRow(game.id)).sigunguCode).toBe(CHEONGUN.slice(0, 5));
    expect((await getDb().select().from(chatRooms).where(eq(chatRooms.id, game.chatRoomId)))[0]!.title).toBe('새 제목');
  });

  it('raising the capacity promotes the waitlist', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { maxPlayers: 1, minPlayers: 1 });
    await joinGame(getDb(), await createUser(), game.id, {}, clock);
    const waiting = await createUser();
    await joinGame(getDb(), waiting, game.id, { waitlist: true }, clock);
    await updateGame(getDb(), host, game.id, { maxPlayers: 2 }, clock);
    expect(await playerStatuses(game.id)).toEqual(['joined', 'joined']);
    expect(await gameRow(game.id)).toMatchObject({ joinedCount: 2, status: 'full' });
  });
});

describe('host cancel and close', () => {
  it('cancelling refunds everyone in full and ends the waitlist', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { fee: 7000, maxPlayers: 1, minPlayers: 1, startsInHours: 3 });
    const { paymentId } = await paidPlayer(game.id);
    await joinGame(getDb(), await createUser(), game.id, { waitlist: true }, clock);
    const cancelled = await cancelGame(getDb(), host, game.id, clock);
    expect(cancelled).toMatchObject({ status: 'cancelled', joinedCount: 0 });
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'cancelled', cancelledAmount: 7000 });
    expect(await playerStatuses(game.id)).toEqual(['cancelled', 'cancelled']);
    await expect(cancelGame(getDb(), host, game.id, clock)).rejects.toMatchObject({ extra: { reason: 'ended' } });
    await expect(joinGame(getDb(), await createUser(), game.id, {}, clock)).rejects.toMatchObject({ extra: { reason: 'closed' } });
  });

  it('closing early confirms a game with enough players and refuses one without', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { minPlayers: 2 });
    await joinGame(getDb(), await createUser(), game.id, {}, clock);
    await expect(closeGame(getDb(), host, game.id, clock)).rejects.toMatchObject({ extra: { reason: 'below_min' } });
    await joinGame(getDb(), await createUser(), game.id, {}, clock);
    await expect(closeGame(getDb(), await createUser(), game.id, clock)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await closeGame(getDb(), host, game.id, clock)).status).toBe('confirmed');
  });
});

describe('deadline jobs', () => {
  it('confirms games with enough players, fails the rest with full refunds, finishes after the end; idempotent', async () => {
    const host = await createUser();
    const enough = await createTestGame(host, now, { minPlayers: 1, maxPlayers: 1, startsInHours: 4 });
    await joinGame(getDb(), await createUser(), enough.id, {}, clock);
    const waiting = await createUser();
    await joinGame(getDb(), waiting, enough.id, { waitlist: true }, clock);
    const short = await createTestGame(host, now, { minPlayers: 2, fee: 9000, startsInHours: 4 });
    const { paymentId } = await paidPlayer(short.id);
    const later = await createTestGame(host, now, { startsInHours: 48 });

    const deadline = new Date(now.getTime() + 2 * HOUR);
    expect(await settleRecruitment(getDb(), new Date(deadline.getTime() - 1))).toEqual([]);
    // Two sweepers at once (two app processes) settle each game exactly once.
    const [first, second] = await Promise.all([settleRecruitment(getDb(), deadline), settleRecruitment(getDb(), deadline)]);
    expect([...first, ...second].sort()).toEqual([enough.id, short.id].sort());
    expect(await settleRecruitment(getDb(), deadline)).toEqual([]);
    expect(await gameRow(enough.id)).toMatchObject({ status: 'confirmed' });
    expect(await playerStatuses(enough.id)).toEqual(['joined', 'cancelled']);
    expect(await gameRow(short.id)).toMatchObject({ status: 'failed', joinedCount: 0 });
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'cancelled', cancelledAmount: 9000 });
    expect(await gameRow(later.id)).toMatchObject({ status: 'recruiting' });

    const end = new Date(enough.endsAt);
    expect(await finishGames(getDb(), new Date(end.getTime() - 1))).toEqual([]);
    expect(await finishGames(getDb(), end)).toEqual([enough.id]);
    expect(await finishGames(getDb(), end)).toEqual([]);
    expect(await gameRow(enough.id)).toMatchObject({ status: 'finished' });
    expect(await gameRow(short.id)).toMatchObject({ status: 'failed' });
  });

  it('run from the sweeper loop', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { minPlayers: 1, startsInHours: 4 });
    const player = await createUser();
    await joinGame(getDb(), player, game.id, {}, clock);
    await runDueJobs(getDb(), new Date(now.getTime() + 3 * HOUR), new Map());
    expect(await gameRow(game.id)).toMatchObject({ status: 'confirmed' });
    const [member] = await getDb().select().from(chatMembers).where(and(eq(chatMembers.roomId, game.chatRoomId), eq(chatMembers.userId, player.id)));
    expect(member).toBeDefined();
  });
});

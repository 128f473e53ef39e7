import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { notifications, payments, type User } from '@/db/schema';
import { createUser } from '@/tests/support/factories';
import { createTestGame, fixedClock, HOUR } from '@/tests/support/games';
import { cancelGame, closeGame, settleRecruitment } from './mutations';
import { approvePayment, expireStalePayments } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { remindUpcomingGames } from './notices';
import { cancelParticipation, joinGame, removePlayer } from './players';

const now = new Date();
const clock = fixedClock(now);
const noticesOf = async (user: User) =>
  (await getDb().select().from(notifications).where(eq(notifications.userId, user.id)).orderBy(notifications.id)).map((n) => n.type);
const joinAll = async (gameId: number, n: number) => {
  const players: User[] = [];
  for (let i = 0; i < n; i++) {
    const user = await createUser();
    await joinGame(getDb(), user, gameId, {}, clock);
    players.push(user);
  }
  return players;
};

describe('game notifications', () => {
  it('the host hears of each join and of "모집 완료"; a promoted player hears of the seat', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { minPlayers: 1, maxPlayers: 2 });
    const [first] = await joinAll(game.id, 2);
    expect(await noticesOf(host)).toEqual(['game_joined', 'game_joined', 'game_full']);
    const waiting = await createUser();
    await joinGame(getDb(), waiting, game.id, { waitlist: true }, clock);
    await cancelParticipation(getDb(), first!, game.id, clock);
    expect(await noticesOf(waiting)).toEqual(['game_promoted']);
    // The host hears who cancelled, then of the promoted player's join.
    expect(await noticesOf(host)).toEqual(['game_joined', 'game_joined', 'game_full', 'game_player_cancelled', 'game_joined', 'game_full']);
    const [row] = await getDb().select().from(notifications).where(eq(notifications.userId, waiting.id));
    expect(row).toMatchObject({ link: `/games/${game.id}`, body: game.title });
  });

  it('a promoted player who lets the 15 minutes pass loses the seat; both they and the host hear it', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now, { minPlayers: 1, maxPlayers: 1, fee: 5000 });
    const [first] = [await createUser()];
    const joined = await joinGame(getDb(), first!, game.id, {}, clock);
    const [payment] = await getDb().select().from(payments).where(eq(payments.id, joined.payment!.id));
    await approvePayment(getDb(), first!, payment!.id, { paymentKey: sandboxPaymentKey(payment!.orderId, payment!.amount) }, clock);
    const waiting = await createUser();
    await joinGame(getDb(), waiting, game.id, { waitlist: true }, clock);
    await cancelParticipation(getDb(), first!, game.id, clock);
    expect(await noticesOf(waiting)).toEqual(['game_promoted']);
    // Nobody pays the offered seat: the payment expires.
    await expireStalePayments(getDb(), new Date(now.getTime() + HOUR));
    expect(await noticesOf(waiting)).toEqual(['game_promoted', 'game_offer_lapsed']);
    expect((await noticesOf(host)).slice(-3)).toEqual(['game_joined', 'game_full', 'game_offer_lapsed_host']);
  });

  it('are written in the change’s transaction: a join rolled back leaves no notice', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now);
    const player = await createUser();
    await expect(
      getDb().transaction(async (tx) => {
        await joinGame(tx, player, game.id, {}, clock);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await noticesOf(host)).toEqual([]);
    // A refused join (the host joining their own game) writes nothing either.
    await expect(joinGame(getDb(), host, game.id, {}, clock)).rejects.toMatchObject({ code: 'conflict' });
    expect(await noticesOf(host)).toEqual([]);
  });

  it('everyone hears of confirmation (closing early or at the deadline) and of failure', async () => {
    const host = await createUser();
    const closed = await createTestGame(host, now, { minPlayers: 1 });
    const [a] = await joinAll(closed.id, 1);
    await closeGame(getDb(), host, closed.id, clock);
    expect(await noticesOf(a!)).toEqual(['game_confirmed']);

    const failing = await createTestGame(host, now, { minPlayers: 3, startsInHours: 3 });
    const [b] = await joinAll(failing.id, 1);
    const confirming = await createTestGame(host, now, { minPlayers: 1, startsInHours: 3 });
    const [c] = await joinAll(confirming.id, 1);
    await settleRecruitment(getDb(), new Date(now.getTime() + 2 * HOUR));
    expect(await noticesOf(b!)).toEqual(['game_failed']);
    expect(await noticesOf(c!)).toEqual(['game_confirmed']);
    const hostFailed = await getDb().select().from(notifications).where(and(eq(notifications.userId, host.id), eq(notifications.type, 'game_failed')));
    expect(hostFailed).toHaveLength(1);
  });

  it('players hear of the host cancelling and of being removed', async () => {
    const host = await createUser();
    const game = await createTestGame(host, now);
    const [a, b] = await joinAll(game.id, 2);
    await removePlayer(getDb(), host, game.id, a!.id, clock);
    expect(await noticesOf(a!)).toEqual(['game_removed']);
    await cancelGame(getDb(), host, game.id, clock);
    expect(await noticesOf(b!)).toEqual(['game_cancelled']);
    expect(await noticesOf(a!)).toEqual(['game_removed']);
  });

  it('the reminder goes out once, 2 hours before the start, to the host and players, however often the job runs', async () => {
    const host = await createUser();
    const soon = await createTestGame(host, now, { minPlayers: 1, startsInHours: 3 });
    const [a] = await joinAll(soon.id, 1);
    const later = await createTestGame(host, now, { startsInHours: 30 });
    await joinAll(later.id, 1);
    expect(await remindUpcomingGames(getDb(), now)).toBe(0);
    const twoHoursBefore = new Date(now.getTime() + HOUR);
    const runs = await Promise.all([remindUpcomingGames(getDb(), twoHoursBefore), remindUpcomingGames(getDb(), twoHoursBefore)]);
    expect(runs[0]! + runs[1]!).toBe(2);
    expect(await remindUpcomingGames(getDb(), new Date(twoHoursBefore.getTime() + 60_000))).toBe(0);
    expect(await noticesOf(a!)).toEqual(['game_reminder']);
    expect((await noticesOf(host)).filter((t) => t === 'game_reminder')).toHaveLength(1);
  });
});

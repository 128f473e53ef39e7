import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, gamePlayers, games, users, type Game, type GamePlayer, type User } from '@/db/schema';
import { joinRoom, leaveRoom } from '@/lib/chat/mutations';
import type { Clock } from '@/lib/core/clock';
import { createPayment } from '@/lib/payments/mutations';
import { toPaymentView } from '@/lib/payments/queries';
import { paymentRef, type PaymentRef } from '@/lib/payments/schema';
import { noticeJoined, noticePromoted } from './notices';

/**
 * Takes one seat in one conditional UPDATE: under any concurrency joined_count never passes
 * max_players (the CHECK backs it up), and the last seat turns the game full.
 */
export async function takeSeat(tx: Db, gameId: number, now: Date): Promise<Game | undefined> {
  const [game] = await tx
    .update(games)
    .set({
      joinedCount: sql`${games.joinedCount} + 1`,
      status: sql`case when ${games.joinedCount} + 1 >= ${games.maxPlayers} then 'full' else ${games.status} end`,
      updatedAt: now,
    })
    .where(and(eq(games.id, gameId), eq(games.status, 'recruiting'), lt(games.joinedCount, games.maxPlayers), gt(games.recruitUntil, now)))
    .returning();
  return game;
}

/** Gives a seat back; a game that was full before its deadline recruits again. */
export async function freeSeat(tx: Db, gameId: number, now: Date) {
  await tx
    .update(games)
    .set({
      joinedCount: sql`${games.joinedCount} - 1`,
      status: sql`case when ${games.status} = 'full' and ${games.recruitUntil} > ${now.toISOString()}::timestamptz then 'recruiting' else ${games.status} end`,
      updatedAt: now,
    })
    .where(eq(games.id, gameId));
}

export async function joinGameRoom(tx: Db, game: Game, user: User) {
  await joinRoom(tx, user, game.chatRoomId);
}

export async function leaveGameRoom(tx: Db, game: Game, user: User) {
  const [member] = await tx
    .select({ userId: chatMembers.userId })
    .from(chatMembers)
    .where(and(eq(chatMembers.roomId, game.chatRoomId), eq(chatMembers.userId, user.id)));
  if (member) await leaveRoom(tx, user, game.chatRoomId);
}

export type Admission = { participation: GamePlayer; payment?: PaymentRef };

/**
 * A player who holds a seat: free games seat them in the chat room at once; paid games hold the
 * seat as pending_payment with a checkout from the payments module.
 */
export async function admit(tx: Db, game: Game, user: User, clock: Clock, waitlisted?: GamePlayer): Promise<Admission> {
  const now = clock();
  const status = game.fee > 0 ? 'pending_payment' : 'joined';
  const [participation] = waitlisted
    ? // waitlistedAt stays: it marks a promoted seat, whose lapsed offer is told (payment-purpose.ts onReleased).
      await tx.update(gamePlayers).set({ status, updatedAt: now }).where(eq(gamePlayers.id, waitlisted.id)).returning()
    : await tx.insert(gamePlayers).values({ gameId: game.id, userId: user.id, status, createdAt: now, updatedAt: now }).returning();
  await noticeJoined(tx, game, user.username);
  if (game.fee === 0) {
    if (waitlisted) await noticePromoted(tx, game, user.id, null);
    await joinGameRoom(tx, game, user);
    return { participation: participation! };
  }
  const { payment } = await createPayment(tx, user, { purpose: 'game', subjectId: game.id }, clock);
  if (waitlisted) await noticePromoted(tx, game, user.id, payment.expiresAt);
  const [withPayment] = await tx.update(gamePlayers).set({ paymentId: payment.id }).where(eq(gamePlayers.id, participation!.id)).returning();
  const view = toPaymentView(payment);
  return { participation: withPayment!, payment: paymentRef.parse(view) };
}

/** Fills freed seats from the head of the waitlist (paid games: the promoted get a checkout). */
export async function promoteWaitlist(tx: Db, gameId: number, clock: Clock) {
  for (;;) {
    const [next] = await tx
      .select({ p: gamePlayers, user: users })
      .from(gamePlayers)
      .innerJoin(users, eq(users.id, gamePlayers.userId))
      .where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.status, 'waitlisted')))
      .orderBy(asc(gamePlayers.waitlistedAt), asc(gamePlayers.id))
      .limit(1)
      .for('update', { of: gamePlayers, skipLocked: true });
    if (!next) return;
    const game = await takeSeat(tx, gameId, clock());
    if (!game) return;
    await admit(tx, game, next.user, clock, next.p);
  }
}

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games, payments, users, type Game, type GamePlayer, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { cancelPayment, failPayment } from '@/lib/payments/mutations';
import { transact } from '@/lib/core/transact';
import { assertVerifiedNeighbour } from '@/lib/trust/policy';
import { recordGamesUpdated } from './events';
import { assertPriorityWindow } from './priority';
import { noticeEnded, noticePlayerCancelled, noticeRemoved } from './notices';
import { policyRefund } from './refund-policy';
import { admit, freeSeat, leaveGameRoom, promoteWaitlist, takeSeat, type Admission } from './seats';

export const liveStatuses = ['pending_payment', 'joined', 'waitlisted'] as const;

async function findLive(tx: Db, gameId: number, userId: number) {
  const [row] = await tx
    .select({ p: gamePlayers, user: users })
    .from(gamePlayers)
    .innerJoin(users, eq(users.id, gamePlayers.userId))
    .where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.userId, userId), inArray(gamePlayers.status, [...liveStatuses])))
    .for('update', { of: gamePlayers });
  return row;
}

/**
 * Join: a seat if one is free (joined, or pending_payment with a checkout for paid games);
 * when full, a place on the waitlist if asked for, otherwise 409.
 */
export async function joinGame(db: Db, user: User, gameId: number, { waitlist = false } = {}, clock: Clock = systemClock): Promise<Admission> {
  return transact(db, async (tx) => {
    const now = clock();
    const [game] = await tx.select().from(games).where(eq(games.id, gameId));
    if (!game) throw notFound('경기를 찾을 수 없습니다.');
    if (game.hostId === user.id) throw conflict('내가 연 경기에는 참가 신청할 수 없습니다.', undefined, 'host');
    assertVerifiedNeighbour(user, game, now);
    if (!['recruiting', 'full'].includes(game.status) || game.recruitUntil <= now) {
      throw conflict('모집이 끝난 경기입니다.', undefined, 'closed');
    }
    await assertPriorityWindow(tx, game, user.id, now);
    if (await findLive(tx, gameId, user.id)) throw conflict('이미 참가 신청한 경기입니다.', undefined, 'already_joined');
    try {
      let seated = await takeSeat(tx, gameId, now);
      if (!seated) {
        // Full: hold the game row before joining the waitlist, so a seat freed meanwhile is either
        // seen here (and taken) or its promotion, waiting on this lock, sees this waitlisted row.
        await lockGame(tx, gameId);
        seated = await takeSeat(tx, gameId, now);
      }
      if (seated) {
        const admission = await admit(tx, seated, user, clock);
        await recordGamesUpdated(tx, [gameId]);
        return admission;
      }
      if (!waitlist) throw conflict('자리가 다 찼습니다. 대기 명단에 올릴 수 있습니다.', undefined, 'full');
      const [participation] = await tx
        .insert(gamePlayers)
        .values({ gameId, userId: user.id, status: 'waitlisted', waitlistedAt: now, createdAt: now, updatedAt: now })
        .returning();
      return { participation: participation! };
    } catch (error) {
      // Two joins of one user racing: the partial unique index lets one through.
      if (isUniqueViolation(error)) throw conflict('이미 참가 신청한 경기입니다.', undefined, 'already_joined');
      throw error;
    }
  });
}

type Refund = { mode: 'policy' | 'full'; reason: string };

/**
 * Ends one live participation: the seat (if any) goes back and the waitlist moves up, an
 * unpaid checkout fails, a paid one is refunded by the policy or in full.
 * Returns the amount refunded.
 */
export async function endParticipation(
  tx: Db,
  game: Game,
  player: { p: GamePlayer; user: User },
  to: 'cancelled' | 'removed',
  refund: Refund,
  clock: Clock,
) {
  const now = clock();
  const { p, user } = player;
  await tx.update(gamePlayers).set({ status: to, updatedAt: now }).where(eq(gamePlayers.id, p.id));
  if (p.status === 'waitlisted') return 0;
  await freeSeat(tx, game.id, now);
  let refunded = 0;
  if (p.status === 'pending_payment' && p.paymentId) {
    const [payment] = await tx.select({ status: payments.status }).from(payments).where(eq(payments.id, p.paymentId));
    if (payment?.status === 'ready') await failPayment(tx, user, p.paymentId, { code: 'GAME_LEFT', message: refund.reason }, clock);
  }
  if (p.status === 'joined') {
    await leaveGameRoom(tx, game, user);
    if (p.paymentId) {
      const [payment] = await tx.select().from(payments).where(eq(payments.id, p.paymentId));
      if (payment && (payment.status === 'approved' || payment.status === 'partially_cancelled')) {
        const amount =
          refund.mode === 'full' ? payment.amount - payment.cancelledAmount : policyRefund(payment.amount, payment.cancelledAmount, game.startsAt, now);
        if (amount > 0) {
          await cancelPayment(tx, user.id, payment.id, { reason: refund.reason, amount, byPolicy: false }, clock);
          refunded = amount;
        }
      }
    }
  }
  await promoteWaitlist(tx, game.id, clock);
  return refunded;
}

/**
 * Payment rows before the game row: the payment hooks (approve, fail, expire) lock in that order,
 * so ending participations here in the same order can't deadlock with them.
 */
export async function lockLivePayments(tx: Db, gameId: number, userId?: number) {
  await tx
    .select({ id: payments.id })
    .from(payments)
    .innerJoin(gamePlayers, eq(gamePlayers.paymentId, payments.id))
    .where(and(eq(gamePlayers.gameId, gameId), inArray(gamePlayers.status, [...liveStatuses]), userId ? eq(gamePlayers.userId, userId) : undefined))
    .orderBy(asc(payments.id))
    .for('update', { of: payments });
}

async function lockGame(tx: Db, gameId: number) {
  const [game] = await tx.select().from(games).where(eq(games.id, gameId)).for('update');
  if (!game) throw notFound('경기를 찾을 수 없습니다.');
  return game;
}

const endable = (game: Game) => !['finished', 'failed', 'cancelled'].includes(game.status);

/** The player's own cancellation, refunded by the policy. */
export async function cancelParticipation(db: Db, user: User, gameId: number, clock: Clock = systemClock) {
  return transact(db, async (tx) => {
    await lockLivePayments(tx, gameId, user.id);
    const game = await lockGame(tx, gameId);
    const player = await findLive(tx, gameId, user.id);
    if (!player) throw notFound('참가 신청 내역이 없습니다.');
    if (!endable(game)) throw conflict('이미 끝난 경기입니다.', undefined, 'ended');
    // Told before the seat moves on, so the host reads the cancellation before the promotion it causes.
    await noticePlayerCancelled(tx, game, user.username);
    const refundedAmount = await endParticipation(tx, game, player, 'cancelled', { mode: 'policy', reason: '참가자 본인 취소' }, clock);
    await recordGamesUpdated(tx, [gameId]);
    return { participationId: player.p.id, refundedAmount };
  });
}

/** Host only: the player leaves with a full refund. */
export async function removePlayer(db: Db, host: User, gameId: number, userId: number, clock: Clock = systemClock) {
  return transact(db, async (tx) => {
    await lockLivePayments(tx, gameId, userId);
    const game = await lockGame(tx, gameId);
    if (game.hostId !== host.id) throw forbidden('호스트만 참가자를 내보낼 수 있습니다.');
    const player = await findLive(tx, gameId, userId);
    if (!player) throw notFound('이 경기의 참가자가 아닙니다.');
    if (!endable(game)) throw conflict('이미 끝난 경기입니다.', undefined, 'ended');
    const refundedAmount = await endParticipation(tx, game, player, 'removed', { mode: 'full', reason: '호스트가 내보냄' }, clock);
    await noticeRemoved(tx, game, userId);
    await recordGamesUpdated(tx, [gameId]);
    return { participationId: player.p.id, refundedAmount };
  });
}

/** Cancelled by the host or failed recruitment: everyone out, everyone refunded in full. */
export async function terminateGame(tx: Db, game: Game, status: 'cancelled' | 'failed', clock: Clock) {
  await tx.update(games).set({ status, updatedAt: clock() }).where(eq(games.id, game.id));
  const live = await tx
    .select({ p: gamePlayers, user: users })
    .from(gamePlayers)
    .innerJoin(users, eq(users.id, gamePlayers.userId))
    .where(and(eq(gamePlayers.gameId, game.id), inArray(gamePlayers.status, [...liveStatuses])))
    .for('update', { of: gamePlayers });
  await noticeEnded(tx, game, status, live.map((player) => player.user.id));
  const reason = status === 'cancelled' ? '호스트가 경기를 취소함' : '최소 인원 미달로 모집 실패';
  const ended = { ...game, status };
  for (const player of live) await endParticipation(tx, ended, player, 'cancelled', { mode: 'full', reason }, clock);
}

/** Waitlisted players get nothing once recruitment is over. */
export async function dropWaitlist(tx: Db, gameId: number, now: Date) {
  await tx
    .update(gamePlayers)
    .set({ status: 'cancelled', updatedAt: now })
    .where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.status, 'waitlisted')));
}

import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games, users, type Payment } from '@/db/schema';
import { conflict, notFound } from '@/lib/core/domain-error';
import type { PaymentPurpose } from '@/lib/payments/purposes';
import { creditPayment, debitRefund } from '@/lib/settlements/payments';
import { recordGamesUpdated } from './events';
import { noticeOfferLapsed } from './notices';
import { gameRefundSchedule, policyRefund } from './refund-policy';
import { cancelParticipation } from './players';
import { freeSeat, joinGameRoom, promoteWaitlist } from './seats';

function participationOf(tx: Db, payment: Payment, lock = true) {
  const query = tx
    .select({ p: gamePlayers, game: games, user: users })
    .from(gamePlayers)
    .innerJoin(games, eq(games.id, gamePlayers.gameId))
    .innerJoin(users, eq(users.id, gamePlayers.userId))
    .where(eq(gamePlayers.paymentId, payment.id));
  return (lock ? query.for('update', { of: gamePlayers }) : query).then(([row]) => row);
}

/**
 * The `game` payment purpose (registered by server.ts, lib/process/register.ts): the subject is
 * the game, the amount its fee, and only a player holding a seat (pending_payment) can pay.
 * Hooks move the seat with the payment.
 */
export const gamePurpose: PaymentPurpose = {
  name: 'game',
  async quote(tx, payer, gameId) {
    const [row] = await tx
      .select({ game: games, status: gamePlayers.status, waitlistedAt: gamePlayers.waitlistedAt })
      .from(games)
      .leftJoin(gamePlayers, and(eq(gamePlayers.gameId, games.id), eq(gamePlayers.userId, payer.id), eq(gamePlayers.status, 'pending_payment')))
      .where(eq(games.id, gameId));
    if (!row) throw notFound('경기를 찾을 수 없습니다.');
    if (row.status !== 'pending_payment' || row.game.fee === 0) throw conflict('결제할 참가 신청이 없습니다. 먼저 참가 신청을 해 주세요.', undefined, 'no_seat');
    // A seat offered from the waitlist waits the game's offer window; a plain join, 15 minutes.
    const holdMs = row.waitlistedAt ? row.game.offerMinutes * 60_000 : undefined;
    return { amount: row.game.fee, title: `${row.game.title} 참가비`, returnPath: `/games/${gameId}`, holdMs };
  },
  async refundSchedule(db, gameId, amount) {
    const [game] = await db.select({ startsAt: games.startsAt }).from(games).where(eq(games.id, gameId));
    return game ? gameRefundSchedule(amount, game.startsAt) : null;
  },
  async onApproved(tx, payment) {
    // The host earns the fee as soon as it is paid (settlement ledger); a refund debits it again.
    const [game] = await tx.select({ hostId: games.hostId }).from(games).where(eq(games.id, payment.subjectId));
    if (game) await creditPayment(tx, payment, { userId: game.hostId, kind: 'game_income', subjectType: 'game', subjectId: payment.subjectId, feePurpose: 'game' });
    const row = await participationOf(tx, payment);
    if (!row || row.p.status !== 'pending_payment') return;
    await tx.update(gamePlayers).set({ status: 'joined', updatedAt: payment.updatedAt }).where(eq(gamePlayers.id, row.p.id));
    await joinGameRoom(tx, row.game, row.user);
    await recordGamesUpdated(tx, [row.game.id]);
  },
  async onReleased(tx, payment, reason) {
    const row = await participationOf(tx, payment);
    if (!row || row.p.status !== 'pending_payment') return;
    const now = payment.updatedAt;
    await tx.update(gamePlayers).set({ status: 'cancelled', updatedAt: now }).where(eq(gamePlayers.id, row.p.id));
    // Promoted from the waitlist (it has a waitlist time) and let the offer window pass.
    if (reason === 'expired' && row.p.waitlistedAt) await noticeOfferLapsed(tx, row.game, row.user);
    await freeSeat(tx, row.game.id, now);
    await promoteWaitlist(tx, row.game.id, () => now);
    await recordGamesUpdated(tx, [row.game.id]);
  },
  async refundable(tx, payment, now) {
    // A read under the payment's lock: locking the player row here, before the game row that a
    // cancellation takes next, would invert the order payment → game → game player.
    const row = await participationOf(tx, payment, false);
    const remaining = payment.amount - payment.cancelledAmount;
    if (!row) return 0;
    if (row.p.status === 'removed' || row.game.status === 'cancelled' || row.game.status === 'failed') return remaining;
    if (row.p.status !== 'joined') return 0;
    return Math.min(remaining, policyRefund(payment.amount, payment.cancelledAmount, row.game.startsAt, now));
  },
  async onCancelled(tx, payment, amount) {
    // Every refund of a seat comes from endParticipation (the player's own cancellation, also
    // through cancelByPayer; a removal; a cancelled or failed game), which has already let the
    // seat go: what is left is the host's ledger.
    await debitRefund(tx, payment, amount);
  },
  async cancelByPayer(tx, payment, _reason, clock) {
    // A refund asked for through /api/payments is the player cancelling their participation.
    const row = await participationOf(tx, payment, false);
    if (row?.p.status !== 'joined') throw conflict('이미 끝난 참가의 결제입니다.', undefined, 'not_joined');
    await cancelParticipation(tx, row.user, payment.subjectId, clock);
  },
};

import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games, users, type Payment } from '@/db/schema';
import { conflict, notFound } from '@/lib/core/domain-error';
import type { PaymentPurpose } from '@/lib/payments/purposes';
import { creditPayment, debitRefund } from '@/lib/settlements/payments';
import { recordGamesUpdated } from './events';
import { policyRefund } from './refund-policy';
import { freeSeat, joinGameRoom, leaveGameRoom, promoteWaitlist } from './seats';

async function participationOf(tx: Db, payment: Payment) {
  const [row] = await tx
    .select({ p: gamePlayers, game: games, user: users })
    .from(gamePlayers)
    .innerJoin(games, eq(games.id, gamePlayers.gameId))
    .innerJoin(users, eq(users.id, gamePlayers.userId))
    .where(eq(gamePlayers.paymentId, payment.id))
    .for('update', { of: gamePlayers });
  return row;
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
      .select({ game: games, status: gamePlayers.status })
      .from(games)
      .leftJoin(gamePlayers, and(eq(gamePlayers.gameId, games.id), eq(gamePlayers.userId, payer.id), eq(gamePlayers.status, 'pending_payment')))
      .where(eq(games.id, gameId));
    if (!row) throw notFound('경기를 찾을 수 없습니다.');
    if (row.status !== 'pending_payment' || row.game.fee === 0) throw conflict('결제할 참가 신청이 없습니다. 먼저 참가 신청을 해 주세요.', undefined, 'no_seat');
    return { amount: row.game.fee, title: `${row.game.title} 참가비`, returnPath: `/games/${gameId}` };
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
  async onReleased(tx, payment) {
    const row = await participationOf(tx, payment);
    if (!row || row.p.status !== 'pending_payment') return;
    const now = payment.updatedAt;
    await tx.update(gamePlayers).set({ status: 'cancelled', updatedAt: now }).where(eq(gamePlayers.id, row.p.id));
    await freeSeat(tx, row.game.id, now);
    await promoteWaitlist(tx, row.game.id, () => now);
    await recordGamesUpdated(tx, [row.game.id]);
  },
  async refundable(tx, payment, now) {
    const row = await participationOf(tx, payment);
    const remaining = payment.amount - payment.cancelledAmount;
    if (!row) return 0;
    if (row.p.status === 'removed' || row.game.status === 'cancelled' || row.game.status === 'failed') return remaining;
    return Math.min(remaining, policyRefund(payment.amount, payment.cancelledAmount, row.game.startsAt, now));
  },
  async onCancelled(tx, payment, amount) {
    await debitRefund(tx, payment, amount);
    // Refunded through /api/payments directly: the player gives the seat up as well.
    const row = await participationOf(tx, payment);
    if (!row || row.p.status !== 'joined') return;
    const now = payment.updatedAt;
    await tx.update(gamePlayers).set({ status: 'cancelled', updatedAt: now }).where(eq(gamePlayers.id, row.p.id));
    await leaveGameRoom(tx, row.game, row.user);
    await freeSeat(tx, row.game.id, now);
    await promoteWaitlist(tx, row.game.id, () => now);
    await recordGamesUpdated(tx, [row.game.id]);
  },
};

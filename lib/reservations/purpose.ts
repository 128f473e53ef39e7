import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reservations, spaces, users } from '@/db/schema';
import { conflict, notFound } from '@/lib/core/domain-error';
import type { PaymentPurpose } from '@/lib/payments/purposes';
import { creditPayment, debitRefund } from '@/lib/settlements/payments';
import { cancelReservation } from './mutations';
import { respondByFor } from './approval';
import { confirmedNotices, requestedNotices } from './notices';
import { cancellationQuote } from './queries';
import { spaceRefundSchedule } from '@/lib/spaces/refund-tiers';

async function reservationWithPolicy(tx: Db, id: number) {
  const [row] = await tx
    .select({ reservation: reservations, title: spaces.title, space: { hostId: spaces.hostId, cancellationPolicy: spaces.cancellationPolicy } })
    .from(reservations)
    .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
    .where(eq(reservations.id, id));
  return row;
}

/** The `reservation` payment purpose: the held slot is confirmed on payment and freed when it fails or expires. */
export const reservationPurpose: PaymentPurpose = {
  name: 'reservation',
  async quote(tx, payer, subjectId) {
    const row = await reservationWithPolicy(tx, subjectId);
    if (!row || row.reservation.guestId !== payer.id) throw notFound('예약을 찾을 수 없습니다.');
    if (row.reservation.status !== 'pending_payment') throw conflict('결제할 수 없는 예약입니다.', undefined, row.reservation.status);
    return { amount: row.reservation.amount, title: `${row.title} 예약`, returnPath: '/reservations' };
  },
  async refundSchedule(db, reservationId, amount) {
    const row = await reservationWithPolicy(db, reservationId);
    return row ? spaceRefundSchedule(row.space.cancellationPolicy, amount, row.reservation.startsAt) : null;
  },
  async onApproved(tx, payment) {
    // Approval mode: paid is only a request; the host accepts (confirmed) or it is refunded in full.
    const [mode] = await tx
      .select({ bookingMode: spaces.bookingMode, approvalHours: spaces.approvalHours, startsAt: reservations.startsAt })
      .from(reservations)
      .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
      .where(eq(reservations.id, payment.subjectId));
    const asRequest = mode?.bookingMode === 'approval';
    const [confirmed] = await tx
      .update(reservations)
      .set({
        status: asRequest ? 'requested' : 'confirmed',
        respondBy: asRequest ? respondByFor(payment.updatedAt, mode.approvalHours, mode.startsAt) : null,
        paymentId: payment.id,
        updatedAt: payment.updatedAt,
      })
      .where(and(eq(reservations.id, payment.subjectId), eq(reservations.status, 'pending_payment')))
      .returning({ id: reservations.id, spaceId: reservations.spaceId });
    // Throwing rolls the approval back: nobody is charged for a reservation that was cancelled meanwhile.
    if (!confirmed) throw conflict('취소된 예약이라 결제할 수 없습니다.', undefined, 'reservation_not_pending');
    // The host earns the booking as soon as it is paid (settlement ledger); a refund debits it again.
    const [space] = await tx.select({ hostId: spaces.hostId }).from(spaces).where(eq(spaces.id, confirmed.spaceId));
    if (space) await creditPayment(tx, payment, { userId: space.hostId, kind: 'reservation_income', subjectType: 'reservation', subjectId: confirmed.id, feePurpose: 'reservation' });
    await (asRequest ? requestedNotices(tx, confirmed.id) : confirmedNotices(tx, confirmed.id));
  },
  async onReleased(tx, payment) {
    await tx
      .update(reservations)
      .set({ status: 'expired', updatedAt: payment.updatedAt })
      .where(and(eq(reservations.id, payment.subjectId), eq(reservations.status, 'pending_payment')));
  },
  async refundable(tx, payment, now) {
    // What the guest's own cancellation refunds now: the quote the reservation shows and cancelReservation pays.
    const row = await reservationWithPolicy(tx, payment.subjectId);
    if (!row || (row.reservation.status !== 'confirmed' && row.reservation.status !== 'requested')) return 0;
    return cancellationQuote(row, row.reservation.guestId, now)?.refundAmount ?? 0;
  },
  async onCancelled(tx, payment, amount) {
    // Every refund of a booking comes from cancelReservation (directly or through cancelByPayer),
    // which has already cancelled it and notified the other side: what is left is the host's ledger.
    await debitRefund(tx, payment, amount);
    await tx
      .update(reservations)
      .set({ refundedAmount: sql`${reservations.refundedAmount} + ${amount}`, updatedAt: payment.updatedAt })
      .where(eq(reservations.id, payment.subjectId));
  },
  async cancelByPayer(tx, payment, reason, clock) {
    // A refund asked for through /api/payments is the guest cancelling the booking.
    const [guest] = await tx.select().from(users).where(eq(users.id, payment.userId));
    await cancelReservation(tx, guest!, payment.subjectId, { reason }, clock);
  },
};

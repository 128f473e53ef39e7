import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { payments, reservations, spaces, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { transact } from '@/lib/core/transact';
import { cancelPayment } from '@/lib/payments/mutations';
import { acceptedNotices, declinedNotices } from './notices';

/** The deadline of a request paid `at`: approvalHours later, but never after the booking starts. */
export const respondByFor = (at: Date, approvalHours: number, startsAt: Date) => new Date(Math.min(at.getTime() + approvalHours * 3_600_000, startsAt.getTime()));

/** 404 for strangers, 403 for the guest, 409 with the status when it is no longer a request. */
async function explainRefusal(tx: Db, host: User, id: number, now: Date): Promise<never> {
  const [row] = await tx
    .select({ status: reservations.status, guestId: reservations.guestId, hostId: spaces.hostId, respondBy: reservations.respondBy })
    .from(reservations)
    .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
    .where(eq(reservations.id, id));
  if (!row || (row.hostId !== host.id && row.guestId !== host.id)) throw notFound('예약을 찾을 수 없습니다.');
  if (row.hostId !== host.id) throw forbidden('호스트만 답할 수 있습니다.');
  if (row.status === 'requested' && row.respondBy && row.respondBy <= now) throw conflict('승인 기한이 지난 요청입니다.', undefined, 'expired');
  throw conflict('승인을 기다리는 요청이 아닙니다.', undefined, row.status);
}

const hostsSpace = (hostId: number) => sql`${reservations.spaceId} in (select s.id from spaces s where s.host_id = ${hostId})`;

/**
 * The host accepts a request: one conditional update (still requested, still in time, their
 * space), so an accept racing a decline or the expiry job changes it at most once.
 */
export async function acceptReservation(db: Db, host: User, id: number, clock: Clock = systemClock) {
  const now = clock();
  return transact(db, async (tx) => {
    const [accepted] = await tx
      .update(reservations)
      .set({ status: 'confirmed', updatedAt: now })
      .where(and(eq(reservations.id, id), eq(reservations.status, 'requested'), gt(reservations.respondBy, now), hostsSpace(host.id)))
      .returning({ id: reservations.id });
    if (!accepted) return explainRefusal(tx, host, id, now);
    await acceptedNotices(tx, id);
  });
}

/**
 * Ends a request with a full refund: declined by the host, or expired unanswered. Lock order as
 * everywhere for bookings: the payment first, then the reservation (the conditional update).
 * Returns false when the reservation was no longer a request (someone else answered it).
 */
async function endRequest(tx: Db, id: number, end: { status: 'declined'; hostId: number; reason: string } | { status: 'expired' }, now: Date) {
  const [held] = await tx.select({ paymentId: reservations.paymentId }).from(reservations).where(eq(reservations.id, id));
  if (held?.paymentId) await tx.select({ id: payments.id }).from(payments).where(eq(payments.id, held.paymentId)).for('update');
  const [ended] = await tx
    .update(reservations)
    .set(
      end.status === 'declined'
        ? { status: 'declined', hostReason: end.reason, cancelledBy: 'host', cancelledAt: now, updatedAt: now }
        : { status: 'expired', cancelledAt: now, updatedAt: now },
    )
    .where(
      and(
        eq(reservations.id, id),
        eq(reservations.status, 'requested'),
        end.status === 'declined' ? and(gt(reservations.respondBy, now), hostsSpace(end.hostId)) : lte(reservations.respondBy, now),
      ),
    )
    .returning();
  if (!ended) return false;
  const refund = ended.amount - ended.refundedAmount;
  if (ended.paymentId && refund > 0) {
    const text = end.status === 'declined' ? `호스트가 예약 요청을 거절했습니다: ${end.reason}` : '호스트가 기한 안에 답하지 않아 예약 요청이 만료되었습니다.';
    await cancelPayment(tx, ended.guestId, ended.paymentId, { reason: text, amount: refund, byPolicy: false }, () => now);
  }
  await declinedNotices(tx, id, end.status);
  return true;
}

/** The host declines a request with a reason; the guest is refunded in full and told why. */
export async function declineReservation(db: Db, host: User, id: number, { reason }: { reason: string }, clock: Clock = systemClock) {
  const now = clock();
  await transact(db, async (tx) => {
    if (!(await endRequest(tx, id, { status: 'declined', hostId: host.id, reason }, now))) await explainRefusal(tx, host, id, now);
  });
}

/**
 * Sweeper job: requests the host did not answer in time expire, refunded in full, and both sides
 * hear. Each runs in its own transaction whose conditional update decides who ends it, so several
 * processes running the job at once end each request exactly once.
 */
export async function expireUnansweredRequests(db: Db, now: Date, batch = 50) {
  const due = await db
    .select({ id: reservations.id })
    .from(reservations)
    .where(and(eq(reservations.status, 'requested'), lte(reservations.respondBy, now)))
    .orderBy(asc(reservations.respondBy))
    .limit(batch);
  let expired = 0;
  for (const { id } of due) if (await transact(db, (tx) => endRequest(tx, id, { status: 'expired' }, now))) expired++;
  return expired;
}

import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { payments, reservations, spacePackages, spaces, users, type Space, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, fieldError, notFound } from '@/lib/core/domain-error';
import { transact } from '@/lib/core/transact';
import { isExclusionViolation } from '@/lib/core/pg-errors';
import { seoulDateHour, seoulInstant } from '@/lib/core/seoul-time';
import { cancelPayment, createPayment, failPayment } from '@/lib/payments/mutations';
import { hourlyPriceOn } from '@/lib/spaces/pricing';
import { cancelledNotices } from './notices';
import { cancellationQuote } from './queries';
import type { CreateReservationInput } from './schema';

const HOUR_MS = 3_600_000;

async function nextReservationId(tx: Db) {
  const [row] = await tx.select({ id: sql<number>`nextval(pg_get_serial_sequence('reservations', 'id'))::int` }).from(sql`(values (1)) as one`);
  return row!.id;
}

type Slot = { startsAt: Date; endsAt: Date; amount: number; packageId: number | null };

/** The time range and price of an hourly booking, or a field error naming what is wrong. */
function hourlySlot(space: Space, startsAt: Date, endsAt: Date): Slot {
  if (startsAt.getTime() % HOUR_MS !== 0) throw fieldError('startsAt', '예약은 정시에 시작해야 합니다.');
  if (endsAt.getTime() % HOUR_MS !== 0) throw fieldError('endsAt', '예약은 정시에 끝나야 합니다.');
  if (endsAt <= startsAt) throw fieldError('endsAt', '끝 시각은 시작 시각보다 늦어야 합니다.');
  const start = seoulDateHour(startsAt);
  const hours = (endsAt.getTime() - startsAt.getTime()) / HOUR_MS;
  // Opening hours are one Seoul calendar day; 24:00 is that day's end.
  const endHour = start.hour + hours;
  if (start.hour < space.openHour || endHour > space.closeHour) {
    throw fieldError('startsAt', `영업시간(${space.openHour}시~${space.closeHour}시) 안에서만 예약할 수 있습니다.`);
  }
  if (hours < space.minHours) throw fieldError('endsAt', `최소 ${space.minHours}시간 이상 예약해야 합니다.`);
  // The day's price (weekday, weekend or public holiday), the one the hour grid shows; refunds
  // are shares of this amount.
  return { startsAt, endsAt, amount: hours * hourlyPriceOn(space, start.date), packageId: null };
}

async function packageSlot(tx: Db, space: Space, date: string, packageId: number): Promise<Slot> {
  const [pkg] = await tx.select().from(spacePackages).where(and(eq(spacePackages.id, packageId), eq(spacePackages.spaceId, space.id)));
  if (!pkg) throw fieldError('packageId', '이 공간의 패키지가 아닙니다.');
  return { startsAt: seoulInstant(date, pkg.startHour), endsAt: seoulInstant(date, pkg.endHour), amount: pkg.price, packageId: pkg.id };
}

/**
 * Holds the slot as `pending_payment` and opens its checkout, in one transaction. The exclusion
 * constraint decides races: of concurrent bookings for overlapping times exactly one commits,
 * the others get 409. The share lock on the space keeps a concurrent delete out.
 * The checkout comes first and the reservation row is written complete in one statement: an
 * update of a just-inserted row checks the exclusion constraint again and deadlocked with a
 * concurrent overlapping insert.
 */
export async function createReservation(db: Db, guest: User, input: CreateReservationInput, clock: Clock = systemClock) {
  const now = clock();
  return transact(db, async (tx) => {
    // Bookings of one space take turns: two inserts checking the exclusion constraint against each
    // other's uncommitted rows deadlock (PostgreSQL waits on both sides). NO KEY UPDATE still lets
    // foreign-key checks of other tables through.
    const [space] = await tx.select().from(spaces).where(eq(spaces.id, input.spaceId)).for('no key update');
    if (!space || space.status === 'deleted') throw fieldError('spaceId', '공간을 찾을 수 없습니다.');
    if (space.status === 'paused') throw conflict('지금은 예약을 받지 않는 공간입니다.', undefined, 'paused');
    if (space.hostId === guest.id) throw fieldError('spaceId', '내 공간은 예약할 수 없습니다.');
    const slot =
      input.packageId !== undefined && input.date !== undefined
        ? await packageSlot(tx, space, input.date, input.packageId)
        : hourlySlot(space, input.startsAt!, input.endsAt!);
    if (slot.startsAt <= now) throw fieldError(slot.packageId ? 'date' : 'startsAt', '지난 시간은 예약할 수 없습니다.');
    if (input.people > space.capacity) throw fieldError('people', `최대 ${space.capacity}명까지 이용할 수 있습니다.`);
    const id = await nextReservationId(tx);
    const quote = { amount: slot.amount, title: `${space.title} 예약`, returnPath: '/reservations' };
    const { payment } = await createPayment(tx, guest, { purpose: 'reservation', subjectId: id }, () => now, quote);
    const [reservation] = await tx
      .insert(reservations)
      .values({
        id,
        paymentId: payment.id,
        spaceId: space.id,
        guestId: guest.id,
        packageId: slot.packageId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        people: input.people,
        amount: slot.amount,
        bookerName: input.bookerName,
        bookerPhone: input.bookerPhone,
        purpose: input.purpose,
        requestNote: input.requestNote,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .catch((error: unknown) => {
        if (isExclusionViolation(error)) {
          throw conflict('이미 예약된 시간입니다. 다른 시간을 골라 주세요.', { startsAt: ['이미 예약된 시간입니다.'] }, 'overlap');
        }
        throw error;
      });
    return { reservation: reservation!, payment };
  });
}

/**
 * Cancels a reservation by its guest (refund by the space's policy) or its host (full refund).
 * An unpaid one just releases its checkout. Nothing can be cancelled once it has started.
 * The other side is notified of a paid booking's cancellation in the same transaction.
 */
export async function cancelReservation(db: Db, actor: User, id: number, { reason }: { reason: string }, clock: Clock = systemClock) {
  const now = clock();
  const result = await transact(db, async (tx) => {
    // Lock order: payment before reservation, as a refund through the payments API takes them
    // (its purpose hook then cancels the reservation); the other order deadlocked.
    const [held] = await tx.select({ paymentId: reservations.paymentId }).from(reservations).where(eq(reservations.id, id));
    if (held?.paymentId) await tx.select({ id: payments.id }).from(payments).where(eq(payments.id, held.paymentId)).for('update');
    const [row] = await tx
      .select({ reservation: reservations, space: { hostId: spaces.hostId, cancellationPolicy: spaces.cancellationPolicy } })
      .from(reservations)
      .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
      .where(eq(reservations.id, id))
      .for('update', { of: reservations });
    if (!row || (row.reservation.guestId !== actor.id && row.space.hostId !== actor.id)) throw notFound('예약을 찾을 수 없습니다.');
    const quote = cancellationQuote(row, actor.id, now);
    if (!quote) throw conflict('취소할 수 없는 예약입니다.', undefined, row.reservation.status);
    const by = row.reservation.guestId === actor.id ? 'guest' : 'host';
    const wasPending = row.reservation.status === 'pending_payment';
    // The guest is owed an explanation when the host cancels a paid booking.
    if (by === 'host' && !wasPending && !reason) throw fieldError('reason', '취소 사유를 입력해 주세요.');
    await tx
      .update(reservations)
      .set({ status: 'cancelled', cancelledBy: by, cancelledAt: now, updatedAt: now, ...(by === 'host' && { hostReason: reason }) })
      .where(eq(reservations.id, id));
    const paymentId = row.reservation.paymentId;
    const text = reason || (by === 'host' ? '호스트가 예약을 취소했습니다.' : '예약자가 예약을 취소했습니다.');
    if (paymentId && wasPending) {
      const [guest] = await tx.select().from(users).where(eq(users.id, row.reservation.guestId));
      await failPayment(tx, guest!, paymentId, { code: 'RESERVATION_CANCELLED', message: text }, () => now);
    } else if (paymentId && quote.refundAmount > 0) {
      await cancelPayment(tx, row.reservation.guestId, paymentId, { reason: text, amount: quote.refundAmount, byPolicy: false }, () => now);
    }
    // The other side only ever heard of paid bookings.
    if (!wasPending) await cancelledNotices(tx, id, by);
    return { refundAmount: quote.refundAmount };
  });
  return { refundAmount: result.refundAmount };
}

/** Sweeper job: confirmed reservations that have ended become `completed`. */
export async function completeEndedReservations(db: Db, now: Date) {
  const done = await db
    .update(reservations)
    .set({ status: 'completed', updatedAt: now })
    .where(and(eq(reservations.status, 'confirmed'), lte(reservations.endsAt, now)))
    .returning({ id: reservations.id });
  return done.length;
}

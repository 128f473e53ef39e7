import { and, asc, count, desc, eq, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { payments, reservations, spaces, users, type CancellationPolicy, type Reservation } from '@/db/schema';
import type { PaymentRef } from '@/lib/payments/schema';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { notFound } from '@/lib/core/domain-error';
import { seoulInstant } from '@/lib/core/seoul-time';
import { pageInfo } from '@/lib/core/pagination';
import { policyLabels, refundFor } from '@/lib/spaces/policy';
import { isReviewable } from '@/lib/spaces/reviews';
import { inNoShowWindow } from '@/lib/trust/rules';
import type { HostReservationsQuery, ReservationView } from './schema';

/**
 * What a reservation's views read. `guests` is the users table the guest comes from: an alias
 * of it when the statement joins users for something else too (the home page's).
 */
export const reservationColumns = (guests: typeof users = users) => ({
  reservation: reservations,
  space: { id: spaces.id, title: spaces.title, address: spaces.address, hostId: spaces.hostId, cancellationPolicy: spaces.cancellationPolicy },
  guest: { id: guests.id, username: guests.username, isActive: guests.isActive, avatarKey: guests.avatarKey },
  payment: { id: payments.id, orderId: payments.orderId, status: payments.status, amount: payments.amount },
  reviewed: sql<boolean>`exists (select 1 from space_reviews sr where sr.reservation_id = ${reservations.id})`,
  guestReviewed: sql<boolean>`exists (select 1 from guest_reviews gr where gr.reservation_id = ${reservations.id})`,
  noShowMarked: sql<boolean>`exists (select 1 from no_shows ns where ns.subject_type = 'reservation' and ns.subject_id = ${reservations.id})`,
});

type Row = {
  reservation: Reservation;
  space: { id: number; title: string; address: string; hostId: number; cancellationPolicy: CancellationPolicy };
  guest: UserRefSource;
  payment: Omit<PaymentRef, 'checkoutUrl'> | null;
  reviewed: boolean;
  guestReviewed: boolean;
  noShowMarked: boolean;
};

/** A `Row` through left joins: no reservation, and so no space or guest either. */
type LeftJoinedRow = Omit<Row, 'reservation' | 'space' | 'guest'> & {
  reservation: Reservation | null;
  space: Row['space'] | null;
  guest: UserRefSource | null;
};

/** What a cancellation by `viewerId` would refund now: the guest by the space's policy, the host in full. */
export function cancellationQuote(r: { reservation: Reservation; space: { hostId: number; cancellationPolicy: CancellationPolicy } }, viewerId: number, now: Date) {
  const { reservation } = r;
  if (reservation.status === 'pending_payment') return { refundAmount: 0, policy: '결제 전 예약은 바로 취소됩니다.' };
  const paid = reservation.amount - reservation.refundedAmount;
  // A request not yet accepted: the guest may withdraw it for a full refund; the host declines instead.
  if (reservation.status === 'requested') return viewerId === r.space.hostId ? null : { refundAmount: paid, policy: '승인 전 요청은 전액 환불됩니다.' };
  if (reservation.status !== 'confirmed' || reservation.startsAt <= now) return null;
  if (viewerId === r.space.hostId) return { refundAmount: paid, policy: '호스트가 취소하면 전액 환불됩니다.' };
  const { name, summary } = policyLabels[r.space.cancellationPolicy];
  return { refundAmount: refundFor(r.space.cancellationPolicy, paid, reservation.startsAt, now), policy: `${name}: ${summary}` };
}

export const toReservationView = (r: Row, viewerId: number, now: Date): ReservationView => ({
  id: r.reservation.id,
  spaceId: r.reservation.spaceId,
  space: { id: r.space.id, title: r.space.title, address: r.space.address, hostId: r.space.hostId },
  guest: toUserRef(r.guest),
  packageId: r.reservation.packageId,
  startsAt: r.reservation.startsAt.toISOString(),
  endsAt: r.reservation.endsAt.toISOString(),
  people: r.reservation.people,
  amount: r.reservation.amount,
  status: r.reservation.status,
  isPast: r.reservation.endsAt <= now,
  bookerName: r.reservation.bookerName,
  bookerPhone: r.reservation.bookerPhone,
  purpose: r.reservation.purpose,
  requestNote: r.reservation.requestNote,
  cancelledBy: r.reservation.cancelledBy,
  refundedAmount: r.reservation.refundedAmount,
  respondBy: r.reservation.respondBy?.toISOString() ?? null,
  hostReason: r.reservation.hostReason,
  cancellation: cancellationQuote(r, viewerId, now),
  canReview: viewerId === r.reservation.guestId && !r.reviewed && isReviewable(r.reservation, now),
  canReviewGuest: viewerId === r.space.hostId && !r.guestReviewed && isReviewable(r.reservation, now),
  canMarkNoShow:
    viewerId === r.space.hostId && !r.noShowMarked && ['confirmed', 'completed'].includes(r.reservation.status) && inNoShowWindow(r.reservation.endsAt, now),
  payment: r.payment ? { ...r.payment, checkoutUrl: `/pay/${r.payment.id}` } : null,
  createdAt: r.reservation.createdAt.toISOString(),
  cancelledAt: r.reservation.cancelledAt?.toISOString() ?? null,
});

const selectReservations = (db: Db, extra: { total: SQL<number> }) =>
  db
    .select({ ...reservationColumns(), ...extra })
    .from(reservations)
    .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
    .innerJoin(users, eq(users.id, reservations.guestId))
    .leftJoin(payments, eq(payments.id, reservations.paymentId));

/** A reservation its guest or its space's host may see; anyone else gets 404. */
export async function getReservation(db: Db, viewerId: number, id: number, now: Date) {
  const [row] = await selectReservations(db, { total: sql<number>`1` }).where(
    and(eq(reservations.id, id), or(eq(reservations.guestId, viewerId), eq(spaces.hostId, viewerId))),
  );
  if (!row) throw notFound('예약을 찾을 수 없습니다.');
  return toReservationView(row, viewerId, now);
}

async function page(db: Db, viewerId: number, where: SQL | undefined, order: SQL[], { page, size }: { page: number; size: number }, now: Date) {
  const rows = await selectReservations(db, { total: sql<number>`(count(*) over ())::int` })
    .where(where)
    .orderBy(...order)
    .limit(size)
    .offset((page - 1) * size);
  const total =
    rows[0]?.total ??
    (page > 1
      ? ((await db.select({ n: count() }).from(reservations).innerJoin(spaces, eq(spaces.id, reservations.spaceId)).where(where))[0]?.n ?? 0)
      : 0);
  return { items: rows.map((r) => toReservationView(r, viewerId, now)), page: pageInfo(page, size, total) };
}

/** My reservations, the latest start first; each says whether it is past. */
export function listMyReservations(db: Db, guestId: number, query: { page: number; size: number }, now: Date) {
  return page(db, guestId, eq(reservations.guestId, guestId), [desc(reservations.startsAt), desc(reservations.id)], query, now);
}

/** My bookings still ahead (held, requested or confirmed), soonest first: the first is my next one. */
const upcoming = (guestId: number, now: Date) =>
  and(eq(reservations.guestId, guestId), inArray(reservations.status, ['pending_payment', 'requested', 'confirmed']), gt(reservations.startsAt, now));
const soonestFirst = [asc(reservations.startsAt), asc(reservations.id)];

/** My next booking still ahead, for the home page; null when there is none. */
export async function nextReservation(db: Db, guestId: number, now: Date): Promise<ReservationView | null> {
  const { items } = await page(db, guestId, upcoming(guestId, now), soonestFirst, { page: 1, size: 1 }, now);
  return items[0] ?? null;
}

/** The id of my next booking as a subquery, for a statement that joins it by key (the home page's). */
export const nextReservationId = (db: Db, guestId: number, now: Date) =>
  db
    .select({ id: reservations.id })
    .from(reservations)
    .where(upcoming(guestId, now))
    .orderBy(...soonestFirst)
    .limit(1);

/** `reservationColumns` read through left joins (all null when there was none) as the viewer sees them. */
export function toReservationViewOrNull(r: LeftJoinedRow, viewerId: number, now: Date): ReservationView | null {
  const { reservation, space, guest } = r;
  return reservation && space && guest ? toReservationView({ ...r, reservation, space, guest }, viewerId, now) : null;
}

/** Reservations of the host's spaces, soonest first, by space and by Seoul dates (inclusive). */
export function listHostReservations(db: Db, hostId: number, query: HostReservationsQuery, now: Date) {
  const where = and(
    eq(spaces.hostId, hostId),
    query.spaceId ? eq(reservations.spaceId, query.spaceId) : undefined,
    query.from ? gte(reservations.startsAt, seoulInstant(query.from, 0)) : undefined,
    query.to ? lt(reservations.startsAt, seoulInstant(query.to, 24)) : undefined,
  );
  return page(db, hostId, where, [asc(reservations.startsAt), asc(reservations.id)], query, now);
}

/** Requests of the host's space still waiting for an answer, the nearest deadline first. */
export function listPendingRequests(db: Db, hostId: number, spaceId: number, now: Date) {
  const where = and(eq(spaces.hostId, hostId), eq(reservations.spaceId, spaceId), eq(reservations.status, 'requested'));
  return page(db, hostId, where, [asc(reservations.respondBy), asc(reservations.id)], { page: 1, size: 50 }, now);
}

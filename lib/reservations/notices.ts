import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reservations, spaces, type Reservation } from '@/db/schema';
import { hourLabel, seoulDateHour } from '@/lib/core/seoul-time';
import { notify, type NewNotification } from '@/lib/notifications/notify';

const DAY_MS = 86_400_000;

/** "6월 10일 14:00~16:00" in Seoul. */
function when(r: Pick<Reservation, 'startsAt' | 'endsAt'>) {
  const start = seoulDateHour(r.startsAt);
  const end = seoulDateHour(r.endsAt);
  const [, m, d] = start.date.split('-').map(Number);
  return `${m}월 ${d}일 ${hourLabel(start.hour)}~${end.date === start.date ? hourLabel(end.hour) : '24:00'}`;
}

type Booking = { reservation: Reservation; space: { title: string; hostId: number } };

async function booking(tx: Db, id: number): Promise<Booking | undefined> {
  const [row] = await tx
    .select({ reservation: reservations, space: { title: spaces.title, hostId: spaces.hostId } })
    .from(reservations)
    .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
    .where(eq(reservations.id, id));
  return row;
}

const keys = (id: number) => ({ requested: `reservation:${id}:requested`, answered: `reservation:${id}:answered`, booked: `reservation:${id}:booked`, confirmed: `reservation:${id}:confirmed`, cancelled: `reservation:${id}:cancelled`, reminder: `reservation:${id}:reminder` });

/** Paid: the host hears of a new booking, the guest that it is confirmed. In the approval's transaction. */
export async function confirmedNotices(tx: Db, reservationId: number) {
  const row = await booking(tx, reservationId);
  if (!row) return [];
  const { reservation: r, space } = row;
  return notify(tx, [
    { userId: space.hostId, type: 'reservation_booked', title: '새 예약이 확정되었어요', body: `${space.title} · ${when(r)} · ${r.bookerName} ${r.people}명`, link: '/host/spaces', dedupeKey: keys(r.id).booked },
    { userId: r.guestId, type: 'reservation_confirmed', title: '예약이 확정되었어요', body: `${space.title} · ${when(r)}`, link: '/reservations', dedupeKey: keys(r.id).confirmed },
  ]);
}

/** Paid in approval mode: the host is asked to answer by respondBy, the guest hears it waits. */
export async function requestedNotices(tx: Db, reservationId: number) {
  const row = await booking(tx, reservationId);
  if (!row) return [];
  const { reservation: r, space } = row;
  return notify(tx, [
    { userId: space.hostId, type: 'reservation_requested', title: '새 예약 요청이 왔어요', body: `${space.title} · ${when(r)} · ${r.bookerName} ${r.people}명 · 기한 안에 수락하거나 거절해 주세요.`, link: `/spaces/${r.spaceId}`, dedupeKey: keys(r.id).requested },
    { userId: r.guestId, type: 'reservation_requested', title: '예약을 요청했어요', body: `${space.title} · ${when(r)} · 호스트가 수락하면 확정됩니다.`, link: '/reservations', dedupeKey: keys(r.id).booked },
  ]);
}

/** The host accepted: the guest's booking is confirmed. */
export async function acceptedNotices(tx: Db, reservationId: number) {
  const row = await booking(tx, reservationId);
  if (!row) return [];
  const { reservation: r, space } = row;
  return notify(tx, [{ userId: r.guestId, type: 'reservation_confirmed', title: '호스트가 예약을 수락했어요', body: `${space.title} · ${when(r)}`, link: '/reservations', dedupeKey: keys(r.id).confirmed }]);
}

/** A request ended unaccepted: declined (the guest hears why) or expired (both sides hear); refunded in full. */
export async function declinedNotices(tx: Db, reservationId: number, how: 'declined' | 'expired') {
  const row = await booking(tx, reservationId);
  if (!row) return [];
  const { reservation: r, space } = row;
  if (how === 'declined') {
    return notify(tx, [
      { userId: r.guestId, type: 'reservation_declined', title: '호스트가 예약 요청을 거절했어요', body: `${space.title} · ${when(r)} · ${r.hostReason ?? ''} · 결제 금액은 전액 환불됩니다.`, link: '/reservations', dedupeKey: keys(r.id).answered },
    ]);
  }
  return notify(tx, [
    { userId: r.guestId, type: 'reservation_declined', title: '예약 요청이 만료되었어요', body: `${space.title} · ${when(r)} · 호스트가 기한 안에 답하지 않아 전액 환불됩니다.`, link: '/reservations', dedupeKey: keys(r.id).answered },
    { userId: space.hostId, type: 'reservation_declined', title: '답하지 않은 예약 요청이 만료되었어요', body: `${space.title} · ${when(r)} · ${r.bookerName}`, link: '/host/reservations', dedupeKey: `${keys(r.id).answered}:host` },
  ]);
}

/** A paid booking was cancelled: by the guest → the host hears; by the host → the guest hears (with the full refund). */
export async function cancelledNotices(tx: Db, reservationId: number, by: 'guest' | 'host') {
  const row = await booking(tx, reservationId);
  if (!row) return [];
  const { reservation: r, space } = row;
  const item: NewNotification =
    by === 'guest'
      ? { userId: space.hostId, type: 'reservation_cancelled', title: '예약자가 예약을 취소했어요', body: `${space.title} · ${when(r)} · ${r.bookerName}`, link: '/host/reservations', dedupeKey: keys(r.id).cancelled }
      : { userId: r.guestId, type: 'reservation_cancelled', title: '호스트가 예약을 취소했어요', body: `${space.title} · ${when(r)} · ${r.hostReason ? `${r.hostReason} · ` : ''}결제 금액은 전액 환불됩니다.`, link: '/reservations', dedupeKey: keys(r.id).cancelled };
  return notify(tx, [item]);
}

/**
 * Sweeper job: a reminder to the guest of each confirmed booking starting within the next day.
 * Bookings made less than a day ahead get none (the confirmation just said it). The dedupe key
 * makes it once per booking however often and on however many processes the job runs.
 */
export async function sendReservationReminders(db: Db, now: Date) {
  const written = await db.transaction(async (tx) => {
    const due = await tx
      .select({ reservation: reservations, space: { title: spaces.title, hostId: spaces.hostId } })
      .from(reservations)
      .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
      .where(
        and(
          eq(reservations.status, 'confirmed'),
          gt(reservations.startsAt, now),
          lte(reservations.startsAt, new Date(now.getTime() + DAY_MS)),
          sql`${reservations.createdAt} <= ${reservations.startsAt} - interval '1 day'`,
          sql`not exists (select 1 from notifications n where n.user_id = ${reservations.guestId} and n.dedupe_key = 'reservation:' || ${reservations.id} || ':reminder')`,
        ),
      );
    return notify(
      tx,
      due.map(({ reservation: r, space }) => ({
        userId: r.guestId,
        type: 'reservation_reminder' as const,
        title: '하루 뒤에 공간 예약이 있어요',
        body: `${space.title} · ${when(r)}`,
        link: '/reservations',
        dedupeKey: keys(r.id).reminder,
      })),
    );
  });
  return written.length;
}

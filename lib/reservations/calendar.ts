import { and, eq, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reservations, spaces } from '@/db/schema';
import type { CalendarEvent } from '@/lib/calendar/ical';
import { notFound } from '@/lib/core/domain-error';
import { reservationUid } from '@/lib/spaces/calendar';

/**
 * "캘린더에 추가" for one booking, to its guest or its space's host (the two who may read it);
 * anyone else gets 404. The uid is the one the host's feed uses, so both calendars agree.
 */
export async function reservationCalendar(db: Db, viewerId: number, id: number) {
  const [row] = await db
    .select({ reservation: reservations, space: { title: spaces.title, address: spaces.address } })
    .from(reservations)
    .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
    .where(and(eq(reservations.id, id), or(eq(reservations.guestId, viewerId), eq(spaces.hostId, viewerId))));
  if (!row) throw notFound('예약을 찾을 수 없습니다.');
  const { reservation: r, space } = row;
  const status = ['cancelled', 'declined', 'expired'].includes(r.status) ? 'cancelled' : r.status === 'confirmed' || r.status === 'completed' ? 'confirmed' : 'tentative';
  const event: CalendarEvent = {
    uid: reservationUid(r.id),
    start: r.startsAt,
    end: r.endsAt,
    summary: `공간 예약: ${space.title}`,
    description: [`예약 번호 ${r.id} · ${r.people}명`, status === 'tentative' && '호스트 승인 또는 결제를 기다리는 예약입니다.'].filter(Boolean).join('\n'),
    location: space.address,
    status,
    lastModified: r.updatedAt,
  };
  return { name: `${space.title} 예약`, filename: `reservation-${r.id}.ics`, events: [event] };
}

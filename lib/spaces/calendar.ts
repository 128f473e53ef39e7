import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reservations, spaceHolds, spaces, type User } from '@/db/schema';
import { UID_DOMAIN, type CalendarEvent } from '@/lib/calendar/ical';
import { forbidden, notFound } from '@/lib/core/domain-error';

/** How far back the host's feed reaches: recent history stays visible, the file stays small. */
const FEED_PAST_DAYS = 60;
const FEED_LIMIT = 2000;

export const reservationUid = (id: number) => `reservation-${id}@${UID_DOMAIN}`;
export const blockUid = (id: number) => `space-block-${id}@${UID_DOMAIN}`;

/** Digests first: timingSafeEqual needs equal lengths, and a digest hides the key's length too. */
const sameKey = (given: string, stored: string) =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(stored).digest());

/** The host's own, undeleted space's feed key; someone else's space is 403, a missing one 404. */
export async function spaceCalendarKey(db: Db, host: User, spaceId: number) {
  const [space] = await db.select({ hostId: spaces.hostId, key: spaces.calendarKey }).from(spaces).where(and(eq(spaces.id, spaceId), ne(spaces.status, 'deleted')));
  if (!space) throw notFound('공간을 찾을 수 없습니다.');
  if (space.hostId !== host.id) throw forbidden('내 공간만 볼 수 있습니다.');
  return { key: space.key };
}

/** A new secret for the host's feed: every calendar subscribed with the old one stops getting updates. */
export async function rotateCalendarKey(db: Db, host: User, spaceId: number) {
  const [row] = await db
    .update(spaces)
    .set({ calendarKey: randomBytes(32).toString('base64url') })
    .where(and(eq(spaces.id, spaceId), eq(spaces.hostId, host.id), ne(spaces.status, 'deleted')))
    .returning({ key: spaces.calendarKey });
  if (row) return { key: row.key };
  // Nothing updated: say why (403 for someone else's space, 404 for none).
  await spaceCalendarKey(db, host, spaceId);
  throw notFound('공간을 찾을 수 없습니다.');
}

/**
 * The host's feed: bookings (confirmed, completed, and requests waiting for an answer) and
 * blocks, from FEED_PAST_DAYS ago on. No session: the key is the credential, and a wrong or
 * missing key is 404 so the feed's existence is not revealed.
 */
export async function spaceCalendarFeed(db: Db, spaceId: number, key: string | undefined, now: Date) {
  const [space] = await db
    .select({ title: spaces.title, address: spaces.address, key: spaces.calendarKey })
    .from(spaces)
    .where(and(eq(spaces.id, spaceId), ne(spaces.status, 'deleted')));
  if (!space || !key || !sameKey(key, space.key)) throw notFound('캘린더를 찾을 수 없습니다.');
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
  const [bookings, blocks] = await Promise.all([
    db
      .select({ id: reservations.id, startsAt: reservations.startsAt, endsAt: reservations.endsAt, status: reservations.status, people: reservations.people, bookerName: reservations.bookerName, purpose: reservations.purpose, updatedAt: reservations.updatedAt })
      .from(reservations)
      .where(and(eq(reservations.spaceId, spaceId), inArray(reservations.status, ['requested', 'confirmed', 'completed']), gt(reservations.endsAt, since)))
      .orderBy(asc(reservations.startsAt))
      .limit(FEED_LIMIT),
    db
      .select({ id: spaceHolds.id, startsAt: spaceHolds.startsAt, endsAt: spaceHolds.endsAt, reason: spaceHolds.reason, createdAt: spaceHolds.createdAt })
      .from(spaceHolds)
      .where(and(eq(spaceHolds.spaceId, spaceId), eq(spaceHolds.kind, 'block'), gt(spaceHolds.endsAt, since)))
      .orderBy(asc(spaceHolds.startsAt))
      .limit(FEED_LIMIT),
  ]);
  const events: CalendarEvent[] = [
    ...bookings.map((r) => ({
      uid: reservationUid(r.id),
      start: r.startsAt,
      end: r.endsAt,
      summary: `${r.status === 'requested' ? '예약 요청' : '예약'}: ${r.bookerName} ${r.people}명 · ${space.title}`,
      description: [`예약 번호 ${r.id}`, r.purpose && `목적: ${r.purpose}`, r.status === 'requested' && '아직 수락하지 않은 요청입니다.'].filter(Boolean).join('\n'),
      location: space.address,
      status: r.status === 'requested' ? ('tentative' as const) : ('confirmed' as const),
      lastModified: r.updatedAt,
    })),
    ...blocks.map((b) => ({
      uid: blockUid(b.id),
      start: b.startsAt,
      end: b.endsAt,
      summary: `예약 막음${b.reason ? `: ${b.reason}` : ''} · ${space.title}`,
      location: space.address,
      lastModified: b.createdAt,
    })),
  ];
  return { name: `${space.title} 예약 (동네)`, events };
}

/** The feed keys of all the host's spaces at once, for the dashboard. */
export async function hostCalendarKeys(db: Db, hostId: number) {
  const rows = await db.select({ id: spaces.id, key: spaces.calendarKey }).from(spaces).where(and(eq(spaces.hostId, hostId), ne(spaces.status, 'deleted')));
  return new Map(rows.map((r) => [r.id, r.key]));
}

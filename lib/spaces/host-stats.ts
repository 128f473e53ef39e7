import { and, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { spaces } from '@/db/schema';
import { seoulDateAfter, seoulInstant } from '@/lib/core/seoul-time';
import { daysBetween, type HostStats, type HostStatsQuery } from './host-stats-schema';
import { roundRating } from './reviews';

const STATS_DAYS = 30;
const occupancy = (booked: number, open: number) => (open > 0 ? Math.round((booked / open) * 1000) / 1000 : null);
const hours = (n: unknown) => Math.round(Number(n) * 100) / 100;

/** Paid minus refunded of the host's bookings starting in [start, end). */
const revenueIn = (hostOrSpace: SQL, start: SQL, end: SQL) => sql<number>`(
  select coalesce(sum(p.amount - p.cancelled_amount), 0)::int from reservations r
  join spaces s on s.id = r.space_id join payments p on p.id = r.payment_id
  where ${hostOrSpace} and p.approved_at is not null and r.starts_at >= ${start} and r.starts_at < ${end})`;

/** Hours of confirmed or completed bookings clipped to [start, end). */
const bookedIn = (hostOrSpace: SQL, start: SQL, end: SQL) => sql<number>`(
  select coalesce(sum(extract(epoch from least(r.ends_at, ${end}) - greatest(r.starts_at, ${start}))) / 3600, 0)::float8 from reservations r
  join spaces s on s.id = r.space_id
  where ${hostOrSpace} and r.status in ('confirmed', 'completed') and r.starts_at < ${end} and r.ends_at > ${start})`;

/** Confirmed or completed bookings whose use (`starts_at`) or booking (`created_at`) falls in [start, end). */
const countIn = (hostOrSpace: SQL, start: SQL, end: SQL, on: 'starts_at' | 'created_at' = 'starts_at') => sql<number>`(
  select count(*)::int from reservations r join spaces s on s.id = r.space_id
  where ${hostOrSpace} and r.status in ('confirmed', 'completed') and r.${sql.raw(on)} >= ${start} and r.${sql.raw(on)} < ${end})`;

/** Paid minus refunded of live bookings (requested or confirmed) that have not started at `now`, whatever the range. */
const upcomingOf = (space: SQL, now: Date) => sql<number>`(
  select coalesce(sum(p.amount - p.cancelled_amount), 0)::int from reservations r join payments p on p.id = r.payment_id
  where r.space_id = ${space} and r.status in ('requested', 'confirmed') and p.approved_at is not null and r.starts_at > ${now.toISOString()}::timestamptz)`;

/**
 * Revenue, bookings (by use day and by booking day) and occupancy of a host's spaces per Seoul
 * day and per space, in two statements: one over the generated days, one over the spaces; and
 * the revenue of bookings still ahead at `now`, whatever the range. Open hours are the current spaces' hours
 * every day of the range (deleted spaces drop out).
 */
export async function hostSpaceStats(db: Db, hostId: number, query: HostStatsQuery, now: Date): Promise<HostStats> {
  const to = query.to ?? seoulDateAfter(0, now);
  const from = query.from ?? seoulDateAfter(-(STATS_DAYS - 1), seoulInstant(to, 12));
  const dayCount = daysBetween(from, to);
  const rangeStart = sql`${seoulInstant(from, 0).toISOString()}::timestamptz`;
  const rangeEnd = sql`${seoulInstant(to, 24).toISOString()}::timestamptz`;

  const ofSpace = sql`s.id = ${spaces.id}`;
  const spaceRows = await db
    .select({
      id: spaces.id,
      title: spaces.title,
      status: spaces.status,
      openHours: sql<number>`${spaces.closeHour} - ${spaces.openHour}`.mapWith(Number),
      ratingAvg: spaces.ratingAvg,
      reviewCount: spaces.reviewCount,
      revenue: revenueIn(ofSpace, rangeStart, rangeEnd).mapWith(Number),
      reservations: countIn(ofSpace, rangeStart, rangeEnd).mapWith(Number),
      bookedOn: countIn(ofSpace, rangeStart, rangeEnd, 'created_at').mapWith(Number),
      upcoming: upcomingOf(sql`${spaces.id}`, now).mapWith(Number),
      bookedHours: bookedIn(ofSpace, rangeStart, rangeEnd).mapWith(Number),
    })
    .from(spaces)
    .where(and(eq(spaces.hostId, hostId), ne(spaces.status, 'deleted')))
    .orderBy(desc(spaces.createdAt), desc(spaces.id));
  const openPerDay = spaceRows.reduce((sum, s) => sum + s.openHours, 0);

  // Seoul has had no daylight saving since 1988: a day is [date 00:00, date+1 00:00) at +09.
  const ofHost = sql`s.host_id = ${hostId} and s.status <> 'deleted'`;
  const dayStart = sql`(d.day::timestamp at time zone 'Asia/Seoul')`;
  const dayEnd = sql`((d.day + 1)::timestamp at time zone 'Asia/Seoul')`;
  const dayRows = spaceRows.length
    ? await db
        .select({
          date: sql<string>`d.day::text`,
          revenue: revenueIn(ofHost, dayStart, dayEnd).mapWith(Number),
          reservations: countIn(ofHost, dayStart, dayEnd).mapWith(Number),
          bookedOn: countIn(ofHost, dayStart, dayEnd, 'created_at').mapWith(Number),
          bookedHours: bookedIn(ofHost, dayStart, dayEnd).mapWith(Number),
        })
        .from(sql`(select g::date as day from generate_series(${from}::date, ${to}::date, interval '1 day') g) d`)
        .orderBy(sql`d.day`)
    : Array.from({ length: dayCount }, (_, i) => ({ date: seoulDateAfter(i, seoulInstant(from, 12)), revenue: 0, reservations: 0, bookedOn: 0, bookedHours: 0 }));

  const days = dayRows.map((d) => ({ ...d, bookedHours: hours(d.bookedHours), openHours: openPerDay, occupancy: occupancy(d.bookedHours, openPerDay) }));
  const sum = (key: 'revenue' | 'reservations' | 'bookedOn' | 'bookedHours') => days.reduce((n, d) => n + d[key], 0);
  const openTotal = openPerDay * dayCount;
  return {
    from,
    to,
    upcomingRevenue: spaceRows.reduce((n, s) => n + s.upcoming, 0),
    totals: { revenue: sum('revenue'), reservations: sum('reservations'), bookedOn: sum('bookedOn'), bookedHours: hours(sum('bookedHours')), openHours: openTotal, occupancy: occupancy(sum('bookedHours'), openTotal) },
    days,
    spaces: spaceRows.map((s) => ({
      id: s.id,
      title: s.title,
      status: s.status === 'paused' ? 'paused' : 'active',
      rating: roundRating(s.ratingAvg),
      reviewCount: s.reviewCount,
      revenue: s.revenue,
      reservations: s.reservations,
      bookedOn: s.bookedOn,
      bookedHours: hours(s.bookedHours),
      openHours: s.openHours * dayCount,
      occupancy: occupancy(s.bookedHours, s.openHours * dayCount),
    })),
  };
}

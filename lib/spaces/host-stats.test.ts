import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { reservations } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { cancelReservation, createReservation } from '@/lib/reservations/mutations';
import { createReservationBody } from '@/lib/reservations/schema';
import { createUser } from '@/tests/support/factories';
import { createPaidReservation } from '@/tests/support/reservations';
import { createTestSpace } from '@/tests/support/spaces';
import { hostSpaceStats } from './host-stats';
import { hostStatsQuery } from './host-stats-schema';

const BOOKED_AT = new Date('2026-06-01T00:00:00Z');
const at = (date: string, hour: number) => seoulInstant(date, hour);

/**
 * Two spaces of one host over 2026-06-10..11 (13 + 24 = 37 open hours a day):
 * A 14–16 on the 10th paid (20,000), A 10–13 on the 11th paid then cancelled with a full refund,
 * A 18–20 on the 11th never paid; B 22:00 on the 10th to 02:00 on the 11th (Seoul) paid 20,000;
 * another host's booking and one on the 12th stay out.
 */
async function dataSet() {
  const { host, space: a } = await createTestSpace(undefined, { title: '스터디룸 A', openTime: '09:00', closeTime: '22:00' });
  const { space: b } = await createTestSpace(host, { title: '파티룸 B', type: 'party_room', openTime: '00:00', closeTime: '24:00' });
  const guest = await createUser();
  await createPaidReservation(guest, a.id, at('2026-06-10', 14), at('2026-06-10', 16), BOOKED_AT);
  const refunded = await createPaidReservation(guest, a.id, at('2026-06-11', 10), at('2026-06-11', 13), BOOKED_AT);
  await cancelReservation(getDb(), guest, refunded.id, { reason: '' }, () => BOOKED_AT);
  const body = { spaceId: a.id, startsAt: at('2026-06-11', 18).toISOString(), endsAt: at('2026-06-11', 20).toISOString(), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' };
  await createReservation(getDb(), guest, createReservationBody.parse(body), () => BOOKED_AT);
  // Bookings stay inside one opening day; one running past midnight can only come from data like this.
  const late = await createPaidReservation(guest, b.id, at('2026-06-10', 22), at('2026-06-10', 24), BOOKED_AT);
  await getDb().update(reservations).set({ endsAt: at('2026-06-11', 2), status: 'completed' }).where(eq(reservations.id, late.id));
  await createPaidReservation(guest, b.id, at('2026-06-12', 10), at('2026-06-12', 12), BOOKED_AT);
  const { space: other } = await createTestSpace();
  await createPaidReservation(guest, other.id, at('2026-06-10', 14), at('2026-06-10', 16), BOOKED_AT);
  return { host, a, b };
}

describe('host space stats', () => {
  it('revenue on the start day, booked hours split at midnight Seoul, occupancy against opening hours', async () => {
    const { host, a, b } = await dataSet();
    const stats = await hostSpaceStats(getDb(), host.id, hostStatsQuery.parse({ from: '2026-06-10', to: '2026-06-11' }), BOOKED_AT);
    expect(stats.days).toEqual([
      { date: '2026-06-10', revenue: 40_000, reservations: 2, bookedOn: 0, bookedHours: 4, openHours: 37, occupancy: 0.108 },
      { date: '2026-06-11', revenue: 0, reservations: 0, bookedOn: 0, bookedHours: 2, openHours: 37, occupancy: 0.054 },
    ]);
    expect(stats.totals).toEqual({ revenue: 40_000, reservations: 2, bookedOn: 0, bookedHours: 6, openHours: 74, occupancy: 0.081 });
    expect(stats.spaces).toEqual([
      { id: b.id, title: '파티룸 B', status: 'active', rating: null, reviewCount: 0, revenue: 20_000, reservations: 1, bookedOn: 0, bookedHours: 4, openHours: 48, occupancy: 0.083 },
      { id: a.id, title: '스터디룸 A', status: 'active', rating: null, reviewCount: 0, revenue: 20_000, reservations: 1, bookedOn: 0, bookedHours: 2, openHours: 26, occupancy: 0.077 },
    ]);
  });

  it('counts bookings by the day they were made, and the revenue of bookings not yet started at any date', async () => {
    const { host } = await dataSet();
    // All were booked on 1 June (Seoul): the paid ones still live are A on the 10th, B over midnight (completed) and B on the 12th.
    const stats = await hostSpaceStats(getDb(), host.id, hostStatsQuery.parse({ from: '2026-06-01', to: '2026-06-02' }), BOOKED_AT);
    expect(stats.days.map((d) => [d.date, d.bookedOn, d.reservations])).toEqual([
      ['2026-06-01', 3, 0],
      ['2026-06-02', 0, 0],
    ]);
    expect(stats.totals.bookedOn).toBe(3);
    // Confirmed and not started on 1 June: A on the 10th and B on the 12th (the refunded and the unpaid ones don't count).
    expect(stats.upcomingRevenue).toBe(40_000);
    expect((await hostSpaceStats(getDb(), host.id, hostStatsQuery.parse({}), at('2026-06-11', 0))).upcomingRevenue).toBe(20_000);
  });

  it('defaults to the 30 Seoul days up to today; a user without spaces gets zeros', async () => {
    const { host } = await dataSet();
    const now = at('2026-06-11', 0); // 15:00 UTC on the 10th: already the 11th in Seoul
    const stats = await hostSpaceStats(getDb(), host.id, hostStatsQuery.parse({}), now);
    expect([stats.from, stats.to, stats.days.length]).toEqual(['2026-05-13', '2026-06-11', 30]);
    expect(stats.totals.revenue).toBe(40_000);
    const nobody = await hostSpaceStats(getDb(), (await createUser()).id, hostStatsQuery.parse({ from: '2026-06-10', to: '2026-06-12' }), now);
    expect(nobody.spaces).toEqual([]);
    expect(nobody.days.map((d) => [d.date, d.revenue, d.occupancy])).toEqual([
      ['2026-06-10', 0, null],
      ['2026-06-11', 0, null],
      ['2026-06-12', 0, null],
    ]);
  });

  it('refuses a reversed or too long range', () => {
    expect(hostStatsQuery.safeParse({ from: '2026-06-11', to: '2026-06-10' }).success).toBe(false);
    expect(hostStatsQuery.safeParse({ from: '2026-01-01', to: '2026-06-10' }).success).toBe(false);
  });
});

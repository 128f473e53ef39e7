import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { createReservation } from '@/lib/reservations/mutations';
import { createReservationBody } from '@/lib/reservations/schema';
import { createUser } from '@/tests/support/factories';
import { createTestSpace } from '@/tests/support/spaces';
import { createBlockBody } from './block-schema';
import { createBlock } from './blocks';
import { listSpaces } from './queries';
import { listSpacesQuery } from './schema';

const NOW = new Date('2026-06-01T00:00:00Z'); // 09:00 in Seoul
const clock = () => NOW;
const DAY = '2026-06-10';

const block = (host: User, spaceId: number, from: number, to: number) =>
  createBlock(getDb(), host, spaceId, createBlockBody.parse({ startsAt: seoulInstant(DAY, from).toISOString(), endsAt: seoulInstant(DAY, to).toISOString() }), clock);
const search = async (qs: Record<string, string>, now = NOW) =>
  (await listSpaces(getDb(), null, listSpacesQuery.parse({ ...qs, sort: 'price_asc' }), now)).items.map((s) => s.title);

describe('search by a date alone', () => {
  it('keeps the spaces with a free stretch of their minimum hours that day, counting bookings, blocks and buffers', async () => {
    const host = await createUser();
    const make = (title: string, pricePerHour: number, overrides: Parameters<typeof createTestSpace>[1] = {}) =>
      createTestSpace(host, { title, pricePerHour, ...overrides }).then((r) => r.space);
    const full = await make('종일 막힘', 1000);
    await block(host, full.id, 9, 22);
    const gap1 = await make('틈 1시간', 2000, { minHours: 2 });
    await block(host, gap1.id, 9, 15);
    await block(host, gap1.id, 16, 22);
    const gap2 = await make('틈 2시간', 3000, { minHours: 2 });
    await block(host, gap2.id, 9, 15);
    await block(host, gap2.id, 17, 22);
    const buffered = await make('버퍼에 걸림', 4000, { minHours: 2, bufferMinutes: 30 });
    await block(host, buffered.id, 9, 15);
    await block(host, buffered.id, 17, 22);
    const booked = await make('예약으로 참', 5000, { openTime: '10:00', closeTime: '12:00' });
    await createReservation(
      getDb(),
      await createUser(),
      createReservationBody.parse({ spaceId: booked.id, startsAt: seoulInstant(DAY, 10).toISOString(), endsAt: seoulInstant(DAY, 12).toISOString(), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' }),
      clock,
    );
    await make('비어 있음', 6000);

    expect(await search({ date: DAY })).toEqual(['틈 2시간', '비어 있음']);
    // Another day: everything is free.
    expect(await search({ date: '2026-06-11' })).toHaveLength(6);
    // Late on the day itself, only a stretch that has not begun counts: at 20:30 the 09–22 rooms
    // still have 21:00–22:00, but a two-hour minimum no longer fits.
    const late = new Date(seoulInstant('2026-06-11', 20).getTime() + 30 * 60_000);
    expect(await search({ date: '2026-06-11' }, late)).toEqual(['종일 막힘', '비어 있음']);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { reservations, spaceHolds, type User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { cancelReservation, createReservation } from '@/lib/reservations/mutations';
import { createReservationBody } from '@/lib/reservations/schema';
import { createUser } from '@/tests/support/factories';
import { createTestSpace } from '@/tests/support/spaces';
import { createBlockBody } from './block-schema';
import { createBlock, deleteBlock, listBlocks } from './blocks';
import { listSpaces, spaceAvailability } from './queries';
import { listSpacesQuery } from './schema';

const NOW = new Date('2026-06-01T00:00:00Z'); // 09:00 in Seoul
const clock = () => NOW;
const DAY = '2026-06-10';
const at = (hour: number, minutes = 0) => new Date(seoulInstant(DAY, hour).getTime() + minutes * 60_000).toISOString();
const booker = { bookerName: '김이웃', bookerPhone: '010-1234-5678' };

const book = (guest: User, spaceId: number, from: number, to: number) =>
  createReservation(getDb(), guest, createReservationBody.parse({ spaceId, startsAt: at(from), endsAt: at(to), people: 2, ...booker }), clock);
const block = (host: User, spaceId: number, from: string, to: string, reason = '') =>
  createBlock(getDb(), host, spaceId, createBlockBody.parse({ startsAt: from, endsAt: to, reason }), clock);
const reasonOf = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? ((r.reason as { extra?: { reason?: string } }).extra?.reason ?? String(r.reason)) : 'ok');

describe('host blocks', () => {
  it('a block refuses bookings over it, shows as blocked and frees the time when removed', async () => {
    const { host, space } = await createTestSpace();
    const guest = await createUser();
    const b = await block(host, space.id, at(12), at(14), '대청소');
    expect(b).toMatchObject({ spaceId: space.id, reason: '대청소', startsAt: at(12), endsAt: at(14) });
    await expect(book(guest, space.id, 13, 15)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'overlap' } });
    await expect(book(guest, space.id, 10, 12)).resolves.toBeTruthy();
    const day = await spaceAvailability(getDb(), space.id, DAY, NOW);
    expect(day.hours.filter((h) => h.reason === 'blocked').map((h) => h.hour)).toEqual([12, 13]);
    expect(day.hours.filter((h) => h.reason === 'booked').map((h) => h.hour)).toEqual([10, 11]);
    expect((await listBlocks(getDb(), host, space.id, NOW)).items.map((x) => x.id)).toEqual([b.id]);

    await deleteBlock(getDb(), host, space.id, b.id);
    await expect(book(guest, space.id, 13, 15)).resolves.toBeTruthy();
    await expect(deleteBlock(getDb(), host, space.id, b.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a block over a booking is 409; only the host may block (403), a cancelled booking frees the time', async () => {
    const { host, space } = await createTestSpace();
    const guest = await createUser();
    const { reservation } = await book(guest, space.id, 14, 16);
    await expect(block(host, space.id, at(15), at(17))).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'overlap' } });
    await expect(block(guest, space.id, at(18), at(19))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(block(host, space.id, at(16), at(17))).resolves.toBeTruthy();
    await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, clock);
    expect(await getDb().select().from(spaceHolds).where(eq(spaceHolds.reservationId, reservation.id))).toEqual([]);
    await expect(block(host, space.id, at(14), at(16))).resolves.toBeTruthy();
  });

  it('refuses a block that already ended (400 on endsAt)', async () => {
    const { host, space } = await createTestSpace();
    await expect(block(host, space.id, '2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z')).rejects.toMatchObject({ code: 'invalid', extra: { fields: { endsAt: expect.any(Array) } } });
  });

  it('the date search leaves out spaces blocked at that time', async () => {
    const { host, space } = await createTestSpace();
    await block(host, space.id, at(12), at(14));
    const search = (start: string, end: string) => listSpaces(getDb(), null, listSpacesQuery.parse({ date: DAY, start, end }), NOW);
    expect((await search('13:00', '15:00')).items.map((s) => s.id)).not.toContain(space.id);
    expect((await search('14:00', '16:00')).items.map((s) => s.id)).toContain(space.id);
  });
});

describe('buffers', () => {
  it('a booking holds its end plus the buffer: back-to-back is refused, after the gap is fine', async () => {
    const { host, space } = await createTestSpace(undefined, { bufferMinutes: 30 });
    const [a, b] = [await createUser(), await createUser()];
    const { reservation } = await book(a, space.id, 12, 14);
    const [hold] = await getDb().select().from(spaceHolds).where(eq(spaceHolds.reservationId, reservation.id));
    expect(hold!.heldUntil.toISOString()).toBe(at(14, 30));
    await expect(book(b, space.id, 14, 16)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'overlap' } });
    // A booking ending right where another starts would run its buffer into it.
    await expect(book(b, space.id, 10, 12)).rejects.toMatchObject({ code: 'conflict' });
    await expect(book(b, space.id, 15, 17)).resolves.toBeTruthy();
    await expect(block(host, space.id, at(14), at(14, 30))).rejects.toMatchObject({ code: 'conflict' });
    const day = await spaceAvailability(getDb(), space.id, DAY, NOW);
    expect(day.hours.filter((h) => !h.available).map((h) => h.hour)).toEqual([11, 12, 13, 14, 15, 16, 17]);
  });
});

// PGlite runs one transaction at a time and would hide these races (PITFALLS.md): PostgreSQL only.
describe.runIf(process.env.DATABASE_URL)('blocks racing bookings (PostgreSQL)', () => {
  it('a block and bookings for the same time at once: exactly one wins, the others get 409', async () => {
    for (let round = 0; round < 5; round++) {
      const { host, space } = await createTestSpace();
      const guests = await Promise.all(Array.from({ length: 4 }, () => createUser()));
      const results = await Promise.allSettled([block(host, space.id, at(10), at(12)), ...guests.map((g) => book(g, space.id, 11, 13))]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.map(reasonOf).filter((r) => r !== 'ok')).toEqual(['overlap', 'overlap', 'overlap', 'overlap']);
      const holds = await getDb().select().from(spaceHolds).where(eq(spaceHolds.spaceId, space.id));
      expect(holds).toHaveLength(1);
      const booked = await getDb().select().from(reservations).where(eq(reservations.spaceId, space.id));
      expect(booked).toHaveLength(holds[0]!.kind === 'reservation' ? 1 : 0);
    }
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { reservations, spaces } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { completeEndedReservations } from '@/lib/reservations/mutations';
import { getReservation } from '@/lib/reservations/queries';
import { createUser } from '@/tests/support/factories';
import { createPaidReservation } from '@/tests/support/reservations';
import { createTestSpace } from '@/tests/support/spaces';
import { listSpaces } from './queries';
import { listSpacesQuery } from './schema';
import { createReview, listReviews } from './reviews';

const BOOKED_AT = new Date('2026-06-01T00:00:00Z');
const DAY = '2026-06-10';
const AFTER = seoulInstant('2026-06-11', 9);
const review = { rating: 4, comment: '깨끗하고 조용했어요' };

async function endedReservation(space?: Awaited<ReturnType<typeof createTestSpace>>, from = 14) {
  const s = space ?? (await createTestSpace());
  const guest = await createUser();
  const r = await createPaidReservation(guest, s.space.id, seoulInstant(DAY, from), seoulInstant(DAY, from + 2), BOOKED_AT);
  return { ...s, guest, reservation: r };
}

describe('space reviews', () => {
  it('only after the reservation is over: a confirmed one still ahead or running is refused (409)', async () => {
    const { guest, reservation } = await endedReservation();
    for (const now of [BOOKED_AT, seoulInstant(DAY, 15)]) {
      await expect(createReview(getDb(), guest, reservation.id, review, () => now)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'not_completed' } });
    }
    expect((await getReservation(getDb(), guest.id, reservation.id, BOOKED_AT)).canReview).toBe(false);
    expect((await getReservation(getDb(), guest.id, reservation.id, AFTER)).canReview).toBe(true);
  });

  it('a confirmed booking that has ended (before the sweeper ran) is reviewable and becomes completed', async () => {
    const { guest, reservation, space } = await endedReservation();
    const created = await createReview(getDb(), guest, reservation.id, review, () => AFTER);
    expect(created).toMatchObject({ spaceId: space.id, reservationId: reservation.id, rating: 4, comment: review.comment, author: { id: guest.id } });
    const [row] = await getDb().select().from(reservations).where(eq(reservations.id, reservation.id));
    expect(row!.status).toBe('completed');
    expect((await getReservation(getDb(), guest.id, reservation.id, AFTER)).canReview).toBe(false);
  });

  it('once per reservation (409), also when two arrive at once', async () => {
    const { guest, reservation } = await endedReservation();
    await completeEndedReservations(getDb(), AFTER);
    const results = await Promise.allSettled([1, 2, 3].map(() => createReview(getDb(), guest, reservation.id, review, () => AFTER)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) {
      expect(r.reason).toMatchObject({ code: 'conflict', extra: { reason: 'already_reviewed' } });
    }
    const [space] = await getDb().select().from(spaces).where(eq(spaces.id, reservation.spaceId));
    expect(space).toMatchObject({ reviewCount: 1, ratingSum: 4 });
  });

  it('the host gets 403, anyone else 404; cancelled or unpaid bookings are not reviewable', async () => {
    const { guest, host, reservation } = await endedReservation();
    await expect(createReview(getDb(), host, reservation.id, review, () => AFTER)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createReview(getDb(), await createUser(), reservation.id, review, () => AFTER)).rejects.toMatchObject({ code: 'not_found' });
    await expect(createReview(getDb(), guest, 999_999, review, () => AFTER)).rejects.toMatchObject({ code: 'not_found' });
    await getDb().update(reservations).set({ status: 'cancelled' }).where(eq(reservations.id, reservation.id));
    await expect(createReview(getDb(), guest, reservation.id, review, () => AFTER)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('keeps the average and count on the space, lists newest first, and sort=rating puts the best first and unrated last', async () => {
    const a = await createTestSpace(undefined, { title: '별점 A' });
    const b = await createTestSpace(undefined, { title: '별점 B' });
    const c = await createTestSpace(undefined, { title: '리뷰 없음 C' });
    for (const [space, rating, from] of [[a, 5, 10], [a, 4, 14], [b, 3, 10], [a, 4, 18]] as const) {
      const { guest, reservation } = await endedReservation(space, from);
      await createReview(getDb(), guest, reservation.id, { rating, comment: `${rating}점` }, () => AFTER);
    }
    const list = await listReviews(getDb(), a.space.id, { page: 1, size: 2 });
    expect(list.summary).toEqual({ average: 4.3, count: 3 });
    expect(list.page).toMatchObject({ total: 3, totalPages: 2 });
    expect(list.items.map((r) => r.comment)).toEqual(['4점', '4점']);
    expect(await listReviews(getDb(), c.space.id, { page: 1, size: 20 })).toMatchObject({ items: [], summary: { average: null, count: 0 } });

    const { items } = await listSpaces(getDb(), null, listSpacesQuery.parse({ sort: 'rating' }), AFTER);
    expect(items.map((s) => [s.title, s.rating, s.reviewCount])).toEqual([
      ['별점 A', 4.3, 3],
      ['별점 B', 3, 1],
      ['리뷰 없음 C', null, 0],
    ]);
  });
});

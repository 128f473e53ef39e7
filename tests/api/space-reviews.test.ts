import { describe, expect, it } from 'vitest';
import * as statsRoute from '@/app/api/host/spaces/stats/route';
import * as reservationRoute from '@/app/api/reservations/[id]/route';
import * as reviewRoute from '@/app/api/reservations/[id]/review/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import * as reviewsRoute from '@/app/api/spaces/[id]/reviews/route';
import { seoulInstant } from '@/lib/core/seoul-time';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { createPaidReservation } from '../support/reservations';
import { createTestSpace, seoulDateInDays } from '../support/spaces';

/** A booking for 14–16 five days ago, paid ten days ago: over, and confirmed. */
async function pastReservation() {
  const { host, space } = await createTestSpace();
  const guest = await createUser();
  const day = seoulDateInDays(-5);
  const reservation = await createPaidReservation(guest, space.id, seoulInstant(day, 14), seoulInstant(day, 16), new Date(Date.now() - 10 * 86_400_000));
  return { day, host, space, guest, reservation, guestHeaders: await bearerFor(guest), hostHeaders: await bearerFor(host) };
}

const postReview = (id: number, headers: Record<string, string>, body: unknown) =>
  call(reviewRoute.POST, { method: 'POST', path: `/api/reservations/${id}/review`, headers, params: { id: String(id) }, unchecked: body });

describe('POST /api/reservations/{id}/review', () => {
  it('201 for the guest of a finished booking, then the space shows the rating; a second review is 409', async () => {
    const { space, reservation, guestHeaders } = await pastReservation();
    const before = await call(reservationRoute.GET, { headers: guestHeaders, params: { id: String(reservation.id) } });
    expect(before.body.canReview).toBe(true);
    const res = await postReview(reservation.id, guestHeaders, { rating: 5, comment: '  최고예요  ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reservationId: reservation.id, spaceId: space.id, rating: 5, comment: '최고예요' });
    const again = expectProblem(await postReview(reservation.id, guestHeaders, { rating: 1 }), 409);
    expect(again.reason).toBe('already_reviewed');

    const shown = await call(spaceRoute.GET, { params: { id: String(space.id) } });
    expect(shown.body).toMatchObject({ rating: 5, reviewCount: 1 });
    const list = await call(reviewsRoute.GET, { path: `/api/spaces/${space.id}/reviews`, params: { id: String(space.id) } });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ summary: { average: 5, count: 1 }, page: { total: 1 }, items: [{ rating: 5, comment: '최고예요' }] });
    const after = await call(reservationRoute.GET, { headers: guestHeaders, params: { id: String(reservation.id) } });
    expect(after.body).toMatchObject({ status: 'completed', canReview: false });
  });

  it('401 anonymous, 400 with field errors, 403 for the host, 404 for anyone else, 409 before the end', async () => {
    const { reservation, guestHeaders, hostHeaders, space, guest } = await pastReservation();
    expectProblem(await postReview(reservation.id, {}, { rating: 5 }), 401);
    const bad = expectProblem(await postReview(reservation.id, guestHeaders, { rating: 6, comment: 'x'.repeat(1001) }), 400);
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(['comment', 'rating']);
    expectProblem(await postReview(reservation.id, guestHeaders, { rating: 2.5 }), 400);
    expectProblem(await postReview(reservation.id, hostHeaders, { rating: 5 }), 403);
    expectProblem(await postReview(reservation.id, await bearerFor(await createUser()), { rating: 5 }), 404);
    expectProblem(await postReview(2_000_000, guestHeaders, { rating: 5 }), 404);

    const day = seoulDateInDays(3);
    const ahead = await createPaidReservation(guest, space.id, seoulInstant(day, 10), seoulInstant(day, 12), new Date());
    expect(expectProblem(await postReview(ahead.id, guestHeaders, { rating: 5 }), 409).reason).toBe('not_completed');
  });

  it('GET /api/spaces/{id}/reviews: 404 for an unknown space, 400 for a bad page', async () => {
    expectProblem(await call(reviewsRoute.GET, { params: { id: '999999' } }), 404);
    const { space } = await createTestSpace();
    expectProblem(await call(reviewsRoute.GET, { path: `/api/spaces/${space.id}/reviews?size=1000`, params: { id: String(space.id) } }), 400);
  });
});

describe('GET /api/host/spaces/stats', () => {
  it('the host’s numbers; 401 anonymous; 400 for a reversed range; someone else sees only their own (none)', async () => {
    // The booking's own day: computing it again could cross midnight in Seoul between the two calls.
    const { hostHeaders, reservation, day } = await pastReservation();
    const res = await call(statsRoute.GET, { path: `/api/host/spaces/stats?from=${day}&to=${day}`, headers: hostHeaders });
    expect(res.status).toBe(200);
    expect(res.body.totals).toMatchObject({ revenue: reservation.amount, reservations: 1, bookedHours: 2, openHours: 13 });
    expect(res.body.days).toEqual([{ date: day, revenue: 20_000, reservations: 1, bookedOn: 0, bookedHours: 2, openHours: 13, occupancy: 0.154 }]);
    expect(res.body.upcomingRevenue).toBe(0);
    expect((await call(statsRoute.GET, { headers: hostHeaders })).body.days).toHaveLength(30);
    expectProblem(await call(statsRoute.GET, { path: '/api/host/spaces/stats' }), 401);
    const reversed = expectProblem(await call(statsRoute.GET, { path: '/api/host/spaces/stats?from=2026-06-11&to=2026-06-10', headers: hostHeaders }), 400);
    expect(reversed.errors?.to).toBeTruthy();
    expectProblem(await call(statsRoute.GET, { path: '/api/host/spaces/stats?from=yesterday', headers: hostHeaders }), 400);
    const stranger = await call(statsRoute.GET, { path: `/api/host/spaces/stats?from=${day}&to=${day}`, headers: await bearerFor(await createUser()) });
    expect(stranger.body).toMatchObject({ spaces: [], totals: { revenue: 0, occupancy: null } });
  });
});

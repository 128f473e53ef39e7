import { describe, expect, it } from 'vitest';
import * as guestReviewRoute from '@/app/api/reservations/[id]/guest-review/route';
import * as hostReservationsRoute from '@/app/api/host/reservations/route';
import * as reviewRoute from '@/app/api/reservations/[id]/review/route';
import * as userRoute from '@/app/api/users/[id]/route';
import { seoulInstant } from '@/lib/core/seoul-time';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { createPaidReservation } from '../support/reservations';
import { createTestSpace, seoulDateInDays } from '../support/spaces';

/** A booking for 14–16 two days ago, paid a week ago: over, and confirmed. */
async function pastReservation() {
  const { host, space } = await createTestSpace();
  const guest = await createUser();
  const day = seoulDateInDays(-2);
  const reservation = await createPaidReservation(guest, space.id, seoulInstant(day, 14), seoulInstant(day, 16), new Date(Date.now() - 7 * 86_400_000));
  return { host, space, guest, reservation, guestHeaders: await bearerFor(guest), hostHeaders: await bearerFor(host) };
}

const reviewGuest = (id: number, headers: Record<string, string>, body: unknown) =>
  call(guestReviewRoute.POST, { method: 'POST', path: `/api/reservations/${id}/guest-review`, headers, params: { id: String(id) }, unchecked: body });
const profileOf = async (userId: number) => (await call(userRoute.GET, { params: { id: String(userId) } })).body;

describe('POST /api/reservations/{id}/guest-review', () => {
  it('201 for the host of a finished booking: tags show on the guest’s profile and move the temperature; a second review is 409', async () => {
    const { host, guest, reservation, hostHeaders } = await pastReservation();
    const listed = await call(hostReservationsRoute.GET, { headers: hostHeaders, path: `/api/host/reservations?from=${seoulDateInDays(-3)}` });
    expect(listed.body.items.find((r: { id: number }) => r.id === reservation.id)).toMatchObject({ canReviewGuest: true, canReview: false, canMarkNoShow: false });

    const res = await reviewGuest(reservation.id, hostHeaders, { rating: 5, comment: ' 깨끗하게 썼어요 ', tags: ['tidy', 'punctual', 'tidy'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reservationId: reservation.id, author: { id: host.id }, guest: { id: guest.id }, rating: 5, comment: '깨끗하게 썼어요', tags: ['tidy', 'punctual'] });
    expect(expectProblem(await reviewGuest(reservation.id, hostHeaders, { rating: 1 }), 409).reason).toBe('already_reviewed');

    const profile = await profileOf(guest.id);
    // 5★ +0.5 and two compliments +0.1 each.
    expect(profile.temperature.value).toBe(37.2);
    expect(profile.reviewTags).toEqual([
      { tag: 'punctual', label: '시간 약속을 잘 지켜요', count: 1 },
      { tag: 'tidy', label: '깨끗하게 사용했어요', count: 1 },
    ]);
    expect(profile.temperature.topReasons.map((r: { label: string }) => r.label).sort()).toEqual(['깨끗하게 사용했어요', '시간 약속을 잘 지켜요']);
    const after = await call(hostReservationsRoute.GET, { headers: hostHeaders, path: `/api/host/reservations?from=${seoulDateInDays(-3)}` });
    expect(after.body.items.find((r: { id: number }) => r.id === reservation.id)).toMatchObject({ canReviewGuest: false });
  });

  it('401 anonymous, 400 for a tag outside the fixed set, 403 for the guest, 404 for anyone else, 409 before the end', async () => {
    const { reservation, guestHeaders, hostHeaders, space, guest } = await pastReservation();
    expectProblem(await reviewGuest(reservation.id, {}, { rating: 5 }), 401);
    const bad = expectProblem(await reviewGuest(reservation.id, hostHeaders, { rating: 0, tags: ['punctual', '별로예요'] }), 400);
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(['rating', 'tags.1']);
    expectProblem(await reviewGuest(reservation.id, hostHeaders, { rating: 5, tags: 'late' }), 400);
    expectProblem(await reviewGuest(reservation.id, guestHeaders, { rating: 5 }), 403);
    expectProblem(await reviewGuest(reservation.id, await bearerFor(await createUser()), { rating: 5 }), 404);
    expectProblem(await reviewGuest(2_000_000, hostHeaders, { rating: 5 }), 404);

    const day = seoulDateInDays(3);
    const ahead = await createPaidReservation(guest, space.id, seoulInstant(day, 10), seoulInstant(day, 12), new Date());
    expect(expectProblem(await reviewGuest(ahead.id, hostHeaders, { rating: 5 }), 409).reason).toBe('not_completed');
  });

  it('the guest’s review of the space takes tags too: they count on the host’s profile, complaints cool it', async () => {
    const { host, reservation, guestHeaders } = await pastReservation();
    const post = (body: unknown) => call(reviewRoute.POST, { method: 'POST', path: `/api/reservations/${reservation.id}/review`, headers: guestHeaders, params: { id: String(reservation.id) }, unchecked: body });
    expect(Object.keys(expectProblem(await post({ rating: 4, tags: ['nope'] }), 400).errors ?? {})).toEqual(['tags.0']);
    const res = await post({ rating: 4, tags: ['kind', 'slow_response'] });
    expect(res.status).toBe(201);
    expect(res.body.tags).toEqual(['kind', 'slow_response']);
    const profile = await profileOf(host.id);
    // 4★ +0.2, a compliment +0.1, a complaint −0.3.
    expect(profile.temperature.value).toBe(36.5);
    expect(profile.reviewTags.map((t: { tag: string; count: number }) => [t.tag, t.count])).toEqual([
      ['kind', 1],
      ['slow_response', 1],
    ]);
  });
});

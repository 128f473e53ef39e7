import { describe, expect, it } from 'vitest';
import * as spacesRoute from '@/app/api/spaces/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import * as availabilityRoute from '@/app/api/spaces/[id]/availability/route';
import * as likeRoute from '@/app/api/spaces/[id]/like/route';
import { getDb } from '@/db/client';
import { spaces } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { createReservation } from '@/lib/reservations/mutations';
import { createReservationBody } from '@/lib/reservations/schema';
import { bearerFor, CHEONGUN, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { createTestSpace, seoulDateInDays, spaceBody } from '../support/spaces';

const post = async (body: unknown, headers: Record<string, string>) => call(spacesRoute.POST, { method: 'POST', path: '/api/spaces', headers, unchecked: body });
const search = async (qs: string, headers: Record<string, string> = {}) => call(spacesRoute.GET, { path: `/api/spaces?${qs}`, headers });
const titles = (res: { body: { items: { title: string }[] } }) => res.body.items.map((s) => s.title);

describe('/api/spaces', () => {
  it('creates a space (201) at the neighbourhood centroid when no coordinates are given, with packages', async () => {
    const host = await createUser();
    const res = await post(spaceBody({ packages: [{ name: '주간', startTime: '09:00', endTime: '15:00', price: 50_000 }] }), await bearerFor(host));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: '용담 스터디룸', type: 'study_room', openTime: '09:00', closeTime: '22:00', amenities: ['wifi', 'whiteboard'],
      packages: [{ id: expect.any(Number), name: '주간', startTime: '09:00', endTime: '15:00', price: 50_000 }],
      cancellationPolicy: 'flexible', status: 'active', host: { id: host.id }, images: [], rating: null, likeCount: 0, isLiked: false,
      neighbourhood: { dong: '용담2동' },
    });
    expect(res.body.lat).toBeGreaterThan(33);
    const read = await call(spaceRoute.GET, { params: { id: String(res.body.id) } });
    expect(read.body.id).toBe(res.body.id);
  });

  it('403 email_not_verified for a host who has not verified the email; nothing created', async () => {
    const host = await createUser({ emailVerifiedAt: null });
    const res = expectProblem(await post(spaceBody(), await bearerFor(host)), 403);
    expect(res.reason).toBe('email_not_verified');
    expect(await getDb().select().from(spaces)).toHaveLength(0);
  });

  it('401 anonymous writes, 400 field errors (nothing created), cookie writes need the same origin', async () => {
    const host = await createUser();
    expectProblem(await post(spaceBody(), {}), 401);
    const bad = await post(
      spaceBody({ title: '', type: 'castle' as never, capacity: 0, pricePerHour: 10, openTime: '09:30', closeTime: '08:00', amenities: ['pool' as never] }),
      await bearerFor(host),
    );
    expect(Object.keys(expectProblem(bad, 400).errors!).sort()).toEqual(['amenities.0', 'capacity', 'openTime', 'pricePerHour', 'title', 'type']);
    const hours = await post(spaceBody({ openTime: '20:00', closeTime: '10:00' }), await bearerFor(host));
    expect(expectProblem(hours, 400).errors).toHaveProperty('closeTime');
    const pkg = await post(spaceBody({ packages: [{ name: '새벽', startTime: '05:00', endTime: '08:00', price: 5000 }] }), await bearerFor(host));
    expect(expectProblem(pkg, 400).errors).toHaveProperty(['packages.0.startTime']);
    expectProblem(await post(spaceBody({ neighbourhoodCode: '9999999999' }), await bearerFor(host)), 400);
    const { origin: _origin, ...crossSite } = await cookieFor(host);
    expectProblem(await post(spaceBody(), { ...crossSite, origin: 'https://evil.example' }), 403);
    expect(await getDb().select().from(spaces)).toHaveLength(0);
  });

  it("only the host edits, pauses or deletes (403 for others, 404 unknown); deleted is gone", async () => {
    const { host, space } = await createTestSpace();
    const other = await bearerFor(await createUser());
    const mine = await bearerFor(host);
    const params = { id: String(space.id) };
    expectProblem(await call(spaceRoute.PATCH, { method: 'PATCH', headers: other, params, body: { title: '내 것' } }), 403);
    expectProblem(await call(spaceRoute.DELETE, { method: 'DELETE', headers: other, params }), 403);
    expectProblem(await call(spaceRoute.PATCH, { method: 'PATCH', headers: mine, params: { id: '999999' }, body: { title: 'x' } }), 404);
    const patched = await call(spaceRoute.PATCH, { method: 'PATCH', headers: mine, params, body: { title: '새 이름', status: 'paused', closeTime: '24:00' } });
    expect(patched.body).toMatchObject({ title: '새 이름', status: 'paused', closeTime: '24:00' });
    const badHours = await call(spaceRoute.PATCH, { method: 'PATCH', headers: mine, params, body: { openTime: '23:00', minHours: 2 } });
    expect(expectProblem(badHours, 400).errors).toHaveProperty('minHours');
    expectProblem(await call(spaceRoute.PATCH, { method: 'PATCH', headers: mine, params, unchecked: { hostId: 5 } }), 400);
    expect((await call(spaceRoute.DELETE, { method: 'DELETE', headers: mine, params })).status).toBe(204);
    expectProblem(await call(spaceRoute.GET, { params }), 404);
  });

  it('409 on deleting a space with an upcoming reservation', async () => {
    const { host, space } = await createTestSpace();
    const date = seoulDateInDays(3);
    await createReservation(getDb(), await createUser(), createReservationBody.parse({
      spaceId: space.id, startsAt: seoulInstant(date, 10).toISOString(), endsAt: seoulInstant(date, 12).toISOString(), people: 2, bookerName: '게스트', bookerPhone: '01012345678',
    }));
    const res = await call(spaceRoute.DELETE, { method: 'DELETE', headers: await bearerFor(host), params: { id: String(space.id) } });
    expect(expectProblem(res, 409).reason).toBe('has_upcoming_reservations');
  });

  it('searches by type, sigungu, people, price, amenities, keyword and sorts', async () => {
    const host = await createUser();
    await createTestSpace(host, { title: '합주실 A', type: 'practice_room', pricePerHour: 15_000, capacity: 8, amenities: ['sound_system', 'parking'] });
    await createTestSpace(host, { title: '파티룸 B', type: 'party_room', pricePerHour: 30_000, capacity: 20, amenities: ['kitchen', 'parking'], description: '생일 파티 환영' });
    await createTestSpace(host, { title: '회의실 C', type: 'meeting_room', pricePerHour: 8_000, capacity: 4, neighbourhoodCode: CHEONGUN, amenities: ['projector'] });
    expect(titles(await search('sort=price_asc'))).toEqual(['회의실 C', '합주실 A', '파티룸 B']);
    expect(titles(await search('sort=price_desc'))).toEqual(['파티룸 B', '합주실 A', '회의실 C']);
    expect(titles(await search('sort=newest'))).toEqual(['회의실 C', '파티룸 B', '합주실 A']);
    expect(titles(await search('type=practice_room'))).toEqual(['합주실 A']);
    expect(titles(await search('sigungu=11110'))).toEqual(['회의실 C']);
    expect(titles(await search('people=10'))).toEqual(['파티룸 B']);
    expect(titles(await search('minPrice=10000&maxPrice=20000'))).toEqual(['합주실 A']);
    expect(titles(await search('amenities=parking,kitchen'))).toEqual(['파티룸 B']);
    expect(titles(await search(`q=${encodeURIComponent('생일')}`))).toEqual(['파티룸 B']);
    expect(titles(await search(`q=${encodeURIComponent('50%')}`))).toEqual([]);
    const near = await search('near=33.5,126.5&radiusKm=30&sort=price_asc');
    expect(titles(near)).toEqual(['합주실 A', '파티룸 B']);
    expect(near.body.items[0]!.distanceKm).toBeLessThan(30);
    for (const qs of ['sort=best', 'type=castle', 'near=abc', 'date=2026-02-30&start=10:00&end=12:00', 'date=2026-06-10&start=10:00', 'start=10:00&end=12:00', 'minPrice=5&maxPrice=1', 'amenities=pool', 'start=10:30&end=12:00&date=2026-06-10']) {
      expectProblem(await search(qs), 400);
    }
    expect(expectProblem(await search('sort=distance'), 400).errors).toHaveProperty('sort');
  });

  it('searches by a date and time window: only spaces free for the whole window', async () => {
    const { space: busy } = await createTestSpace(undefined, { title: '예약 있음' });
    await createTestSpace(undefined, { title: '비어 있음' });
    await createTestSpace(undefined, { title: '일찍 닫음', closeTime: '12:00' });
    const date = seoulDateInDays(5);
    await createReservation(getDb(), await createUser(), createReservationBody.parse({
      spaceId: busy.id, startsAt: seoulInstant(date, 14).toISOString(), endsAt: seoulInstant(date, 16).toISOString(), people: 2, bookerName: '게스트', bookerPhone: '010-1111-2222',
    }));
    expect(titles(await search(`date=${date}&start=15:00&end=17:00`))).toEqual(['비어 있음']);
    expect(titles(await search(`date=${date}&start=16:00&end=18:00&sort=price_asc`)).sort()).toEqual(['비어 있음', '예약 있음']);
    expect(titles(await search(`date=${date}&start=10:00&end=12:00`)).sort()).toEqual(['비어 있음', '예약 있음', '일찍 닫음']);
  });

  it('a date alone finds spaces free for their minimum hours some time that day; distance sorts from near', async () => {
    const host = await createUser();
    const { space: busy } = await createTestSpace(host, { title: '하루 예약', openTime: '10:00', closeTime: '12:00', lat: 33.52, lng: 126.52 });
    await createTestSpace(host, { title: '먼 곳', lat: 33.6, lng: 126.6 });
    await createTestSpace(host, { title: '가까운 곳', lat: 33.501, lng: 126.501 });
    const date = seoulDateInDays(5);
    await createReservation(getDb(), await createUser(), createReservationBody.parse({
      spaceId: busy.id, startsAt: seoulInstant(date, 10).toISOString(), endsAt: seoulInstant(date, 12).toISOString(), people: 2, bookerName: '게스트', bookerPhone: '010-1111-2222',
    }));
    expect(titles(await search(`date=${date}&near=33.5,126.5&radiusKm=30&sort=distance`))).toEqual(['가까운 곳', '먼 곳']);
    const all = await search(`near=33.5,126.5&radiusKm=30&sort=distance`);
    expect(titles(all)).toEqual(['가까운 곳', '하루 예약', '먼 곳']);
    expect(all.body.items.map((s) => s.distanceKm!)).toEqual([...all.body.items.map((s) => s.distanceKm!)].sort((a, b) => a - b));
  });

  it('likes: 401 anonymous, idempotent, counted on cards, my liked spaces, popular sort', async () => {
    const { space: a } = await createTestSpace(undefined, { title: '하나' });
    await createTestSpace(undefined, { title: '둘' });
    const me = await createUser();
    const headers = await bearerFor(me);
    const params = { id: String(a.id) };
    expectProblem(await call(likeRoute.POST, { method: 'POST', params }), 401);
    expectProblem(await call(likeRoute.POST, { method: 'POST', headers, params: { id: '999999' } }), 404);
    expect((await call(likeRoute.POST, { method: 'POST', headers, params })).body).toEqual({ liked: true, likeCount: 1 });
    expect((await call(likeRoute.POST, { method: 'POST', headers, params })).body).toEqual({ liked: true, likeCount: 1 });
    const list = await search('sort=popular', headers);
    expect(titles(list)).toEqual(['하나', '둘']);
    expect(list.body.items[0]).toMatchObject({ likeCount: 1, isLiked: true });
    expect(titles(await search('liked=true', headers))).toEqual(['하나']);
    expect((await call(likeRoute.DELETE, { method: 'DELETE', headers, params })).body).toEqual({ liked: false, likeCount: 0 });
    expect(titles(await search('liked=true', headers))).toEqual([]);
  });

  it('paginates like the rest of the API', async () => {
    const host = await createUser();
    for (let i = 0; i < 5; i++) await createTestSpace(host, { title: `공간 ${i}` });
    const res = await search('size=2&page=3');
    expect(titles(res)).toEqual(['공간 0']);
    expect(res.body.page).toMatchObject({ current: 3, size: 2, total: 5, totalPages: 3, prev: 2, next: null });
    expect((await search('size=2&page=9')).body.page).toMatchObject({ total: 5, current: 9 });
  });

  it('availability: hour by hour for a Seoul date; 404 unknown, 400 bad date', async () => {
    const { space } = await createTestSpace(undefined, { openTime: '10:00', closeTime: '14:00' });
    const date = seoulDateInDays(2);
    await createReservation(getDb(), await createUser(), createReservationBody.parse({
      spaceId: space.id, startsAt: seoulInstant(date, 11).toISOString(), endsAt: seoulInstant(date, 13).toISOString(), people: 1, bookerName: '게스트', bookerPhone: '010-1111-2222',
    }));
    const res = await call(availabilityRoute.GET, { path: `/x?date=${date}`, params: { id: String(space.id) } });
    expect(res.body.hours.map((h: { hour: number; reason: string }) => [h.hour, h.reason])).toEqual([[10, 'free'], [11, 'booked'], [12, 'booked'], [13, 'free']]);
    expect(res.body.hours[0]!.startsAt).toBe(seoulInstant(date, 10).toISOString());
    expectProblem(await call(availabilityRoute.GET, { path: '/x?date=2026-13-01', params: { id: String(space.id) } }), 400);
    expectProblem(await call(availabilityRoute.GET, { path: `/x?date=${date}`, params: { id: '999999' } }), 404);
  });
});

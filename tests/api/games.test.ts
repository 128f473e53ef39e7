import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import * as cancelRoute from '@/app/api/games/[id]/cancel/route';
import * as closeRoute from '@/app/api/games/[id]/close/route';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as playerRoute from '@/app/api/games/[id]/players/[userId]/route';
import * as venuesRoute from '@/app/api/venues/route';
import * as venueRoute from '@/app/api/venues/[id]/route';
import * as paymentsRoute from '@/app/api/payments/route';
import { getDb } from '@/db/client';
import { games, neighbourhoods } from '@/db/schema';
import { apiDocument } from '@/app/openapi';
import { bearerFor, CHEONGUN, createUser, YONGDAM2 } from '../support/factories';
import { HOUR } from '../support/games';
import { answered, api, call, expectProblem } from '../support/http';

const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
const body = (overrides: Record<string, unknown> = {}) => ({
  sport: 'basketball',
  title: '저녁 농구 3:3',
  level: 'beginner',
  placeName: '용담 체육공원',
  address: '제주특별자치도 제주시 용담로 2',
  neighbourhoodCode: YONGDAM2,
  startsAt: inHours(48),
  endsAt: inHours(50),
  minPlayers: 2,
  maxPlayers: 2,
  fee: 0,
  ...overrides,
});

async function signedIn(overrides = {}) {
  const user = await createUser(overrides);
  return { user, auth: await bearerFor(user) };
}
const createGame = (auth: Record<string, string>, b: unknown) => call(gamesRoute.POST, { method: 'POST', path: '/api/games', headers: auth, unchecked: b });
const join = (auth: Record<string, string>, id: number, b: unknown = {}) =>
  call(playersRoute.POST, { method: 'POST', headers: auth, params: { id: String(id) }, unchecked: b });
const gameCount = async () => (await getDb().select().from(games)).length;

describe('POST /api/games', () => {
  it('201 with the game; 401 anonymous; 400 with field errors and nothing created', async () => {
    const { user, auth } = await signedIn();
    expectProblem(await createGame({}, body()), 401);
    const invalid = expectProblem(await createGame(auth, body({ sport: 'chess', minPlayers: 0, fee: -1, startsAt: 'soon' })), 400);
    expect(Object.keys(invalid.errors!)).toEqual(expect.arrayContaining(['sport', 'minPlayers', 'fee', 'startsAt']));
    expect(expectProblem(await createGame(auth, body({ startsAt: inHours(-1) })), 400).errors).toHaveProperty('startsAt');
    expect(expectProblem(await createGame(auth, body({ minPlayers: 3 })), 400).errors).toHaveProperty('minPlayers');
    expect(await gameCount()).toBe(0);
    const res = await createGame(auth, body());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ sport: 'basketball', levelLabel: '초급', status: 'recruiting', joinedCount: 0, host: { id: user.id }, fee: 0 });
  });

  it('a paid game needs a verified email (403 email_not_verified)', async () => {
    const { auth } = await signedIn({ emailVerifiedAt: null });
    expect(expectProblem(await createGame(auth, body({ fee: 5000 })), 403).reason).toBe('email_not_verified');
    expect(await gameCount()).toBe(0);
  });
});

describe('GET /api/games', () => {
  it('searches by distance (with distanceKm, nearest first), sport, status and keyword', async () => {
    const { auth } = await signedIn();
    const [yongdam] = await getDb().select().from(neighbourhoods).where(eq(neighbourhoods.code, YONGDAM2));
    const near = (await createGame(auth, body({ title: '가까운 농구', lat: yongdam!.lat + 0.005, lng: yongdam!.lng }))).body;
    const here = (await createGame(auth, body({ title: '바로 여기 풋살', sport: 'futsal' }))).body;
    const seoul = (await createGame(auth, body({ title: '서울 농구', neighbourhoodCode: CHEONGUN }))).body;
    const list = (query: string) => call(gamesRoute.GET, { path: `/api/games?${query}` });

    const byDistance = await list(`near=${yongdam!.lat},${yongdam!.lng}&radiusKm=5`);
    expect(byDistance.status).toBe(200);
    expect(byDistance.body.items.map((g: { id: number }) => g.id)).toEqual([here.id, near.id]);
    expect(byDistance.body.items[0]!.distanceKm).toBe(0);
    expect(byDistance.body.items[1]!.distanceKm).toBeGreaterThan(0.4);
    expect(byDistance.body.items[1]!.distanceKm).toBeLessThan(0.7);
    expect(byDistance.body.page).toMatchObject({ total: 2, current: 1 });
    // Past the last page there is no row to carry the window count: the total still comes back.
    expect((await list(`near=${yongdam!.lat},${yongdam!.lng}&radiusKm=5&page=3&size=1`)).body).toMatchObject({ items: [], page: { total: 2, current: 3 } });

    expect((await list('sport=basketball')).body.items.map((g: { id: number }) => g.id).sort()).toEqual([near.id, seoul.id].sort());
    expect((await list('q=서울')).body.items.map((g: { id: number }) => g.id)).toEqual([seoul.id]);
    expect((await list(`sigungu=${CHEONGUN.slice(0, 5)}`)).body.items.map((g: { id: number }) => g.id)).toEqual([seoul.id]);
    expect((await list('status=cancelled')).body.items).toEqual([]);
    expect((await list('')).body.items[0]).not.toHaveProperty('distanceKm');
    expect(expectProblem(await list('near=somewhere'), 400).errors).toHaveProperty('near');
    expect(expectProblem(await list('sport=chess&radiusKm=-1'), 400).errors).toHaveProperty('sport');
  });

  it('counts the total only as far as the page numbers need: past that it is a floor, marked totalCapped', async () => {
    const { auth } = await signedIn();
    const [yongdam] = await getDb().select().from(neighbourhoods).where(eq(neighbourhoods.code, YONGDAM2));
    for (let i = 0; i < 12; i++) await createGame(auth, body({ title: `풋살 ${i}`, lat: yongdam!.lat + i * 0.001, lng: yongdam!.lng }));
    const list = async (query: string) => (await call(gamesRoute.GET, { path: `/api/games?near=${yongdam!.lat},${yongdam!.lng}&radiusKm=5&${query}` })).body;

    // Page 1 of size 1 needs pages up to 11 known (the 다음 window): 11 counted of 12.
    const first = await list('size=1');
    expect(first.page).toMatchObject({ total: 11, totalCapped: true, current: 1, next: 2 });
    expect(first.items[0]!.title).toBe('풋살 0');
    // Page 2 needs 12: the count reaches the end, exact again.
    const second = await list('size=1&page=2');
    expect(second.page).toMatchObject({ total: 12, totalPages: 12 });
    expect(second.page).not.toHaveProperty('totalCapped');
    expect(second.items[0]!.title).toBe('풋살 1');
    expect((await list('size=20')).page).toEqual(expect.objectContaining({ total: 12, totalPages: 1 }));
    expect((await list('size=20')).page).not.toHaveProperty('totalCapped');
    // A page past the end still learns the (capped) total.
    expect((await list('size=1&page=30')).page).toMatchObject({ total: 12, current: 30 });
  });

  it('stays exact when games crowd just outside the radius (where the index plane and the true distance disagree)', async () => {
    const { auth } = await signedIn();
    const [yongdam] = await getDb().select().from(neighbourhoods).where(eq(neighbourhoods.code, YONGDAM2));
    const { lat, lng } = yongdam!;
    // In Jeju the index's plane shortens east–west distances by 3%: twelve games just outside
    // the radius due east come nearer on the plane than one inside it due north, and fill the walk.
    const east = (km: number) => ({ lat, lng: lng + km / (111.195 * Math.cos((lat * Math.PI) / 180)) });
    for (let i = 0; i < 12; i++) await createGame(auth, body({ title: `바깥 ${i}`, ...east(5.02 + i * 0.005) }));
    await createGame(auth, body({ title: '안쪽 북쪽', lat: lat + 4.95 / 111.195, lng }));
    const res = await call(gamesRoute.GET, { path: `/api/games?near=${lat},${lng}&radiusKm=5&size=1` });
    expect(res.body.page).toMatchObject({ total: 1, totalPages: 1 });
    expect(res.body.page).not.toHaveProperty('totalCapped');
    expect(res.body.items.map((g: { title: string }) => g.title)).toEqual(['안쪽 북쪽']);
    expect(res.body.items[0]!.distanceKm).toBeCloseTo(4.95, 1);
  });

  it('orders games at one spot by their start, page after page, and soonest first on request', async () => {
    const { auth } = await signedIn();
    const [yongdam] = await getDb().select().from(neighbourhoods).where(eq(neighbourhoods.code, YONGDAM2));
    const spot = { lat: yongdam!.lat + 0.01, lng: yongdam!.lng };
    const at = (hours: number) => ({ startsAt: inHours(hours), endsAt: inHours(hours + 2) });
    for (const hours of [72, 24, 48]) expect((await createGame(auth, body({ title: `${hours}시간 뒤`, ...at(hours), ...spot }))).status).toBe(201);
    expect((await createGame(auth, body({ title: '더 가까운 곳', ...at(96), lat: yongdam!.lat, lng: yongdam!.lng }))).status).toBe(201);
    const titles = async (query: string) => {
      const pages = [1, 2, 3, 4].map((page) => call(gamesRoute.GET, { path: `/api/games?near=${yongdam!.lat},${yongdam!.lng}&radiusKm=5&size=1&page=${page}${query}` }));
      return (await Promise.all(pages)).map((res) => res.body.items[0]?.title);
    };
    expect(await titles('')).toEqual(['더 가까운 곳', '24시간 뒤', '48시간 뒤', '72시간 뒤']);
    expect(await titles('&sort=startsAt')).toEqual(['24시간 뒤', '48시간 뒤', '72시간 뒤', '더 가까운 곳']);
  });
});

describe('one game', () => {
  it('GET 200 / 404; PATCH, cancel and close are the host\'s: others 403, anonymous 401, bad input 400 with nothing changed', async () => {
    const { auth } = await signedIn();
    const other = await signedIn();
    const game = (await createGame(auth, body())).body;
    const params = { id: String(game.id) };
    expect((await call(gameRoute.GET, { params })).body).toMatchObject({ id: game.id });
    expectProblem(await call(gameRoute.GET, { params: { id: '999999' } }), 404);
    expectProblem(await call(gameRoute.GET, { params: { id: 'abc' } }), 400);

    expectProblem(await call(gameRoute.PATCH, { method: 'PATCH', params, body: { title: 'x' } }), 401);
    expectProblem(await call(gameRoute.PATCH, { method: 'PATCH', params, headers: other.auth, body: { title: 'x' } }), 403);
    expectProblem(await call(gameRoute.PATCH, { method: 'PATCH', params: { id: '999999' }, headers: auth, body: { title: 'x' } }), 404);
    expect(expectProblem(await call(gameRoute.PATCH, { method: 'PATCH', params, headers: auth, body: { maxPlayers: 1000 } }), 400).errors).toHaveProperty('maxPlayers');
    expect(expectProblem(await call(gameRoute.PATCH, { method: 'PATCH', params, headers: auth, body: { endsAt: inHours(1) } }), 400).errors).toHaveProperty('endsAt');
    expect((await call(gameRoute.GET, { params })).body).toEqual(game);
    const patched = await call(gameRoute.PATCH, { method: 'PATCH', params, headers: auth, body: { title: '고친 제목', maxPlayers: 4 } });
    expect(patched.body).toMatchObject({ title: '고친 제목', maxPlayers: 4 });

    expectProblem(await call(closeRoute.POST, { method: 'POST', params, headers: other.auth }), 403);
    expect(expectProblem(await call(closeRoute.POST, { method: 'POST', params, headers: auth }), 409).reason).toBe('below_min');
    expectProblem(await call(cancelRoute.POST, { method: 'POST', params, headers: other.auth }), 403);
    expectProblem(await call(cancelRoute.POST, { method: 'POST', params }), 401);
    expect((await call(cancelRoute.POST, { method: 'POST', params, headers: auth })).body.status).toBe('cancelled');
    expectProblem(await call(cancelRoute.POST, { method: 'POST', params, headers: auth }), 409);
  });
});

describe('players', () => {
  it('join (201), 409 when full or joined twice, waitlist with its position, list, detail, own cancel and host removal', async () => {
    const host = await signedIn();
    const game = (await createGame(host.auth, body({ minPlayers: 1, maxPlayers: 1 }))).body;
    const params = { id: String(game.id) };
    const [a, b, c] = await Promise.all([signedIn(), signedIn(), signedIn()]);
    expectProblem(await join({}, game.id), 401);
    expectProblem(await join(a.auth, 999999), 404);
    expect(expectProblem(await join(a.auth, game.id, { waitlist: 'yes' }), 400).errors).toHaveProperty('waitlist');
    const joined = await join(a.auth, game.id);
    expect(joined.status).toBe(201);
    expect(joined.body).toEqual({ participation: expect.objectContaining({ status: 'joined', user: expect.objectContaining({ id: a.user.id }) }) });
    expect(expectProblem(await join(a.auth, game.id), 409).reason).toBe('already_joined');
    expect(expectProblem(await join(b.auth, game.id), 409).reason).toBe('full');
    expect((await join(b.auth, game.id, { waitlist: true })).body.participation).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await join(c.auth, game.id, { waitlist: true })).body.participation).toMatchObject({ waitlistPosition: 2 });

    const list = await call(playersRoute.GET, { params });
    expect(list.body.items.map((p: { status: string }) => p.status)).toEqual(['joined', 'waitlisted', 'waitlisted']);
    const detail = await call(playerRoute.GET, { params: { ...params, userId: String(b.user.id) } });
    expect(detail.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expectProblem(await call(playerRoute.GET, { params: { ...params, userId: String(host.user.id) } }), 404);

    const remove = (auth: Record<string, string>, userId: number) =>
      call(playerRoute.DELETE, { method: 'DELETE', headers: auth, params: { ...params, userId: String(userId) } });
    expectProblem(await remove({}, a.user.id), 401);
    expectProblem(await remove(c.auth, a.user.id), 403);
    const own = await remove(a.auth, a.user.id);
    expect(own.body).toMatchObject({ participation: { status: 'cancelled' }, refundedAmount: 0 });
    expect((await call(playerRoute.GET, { params: { ...params, userId: String(b.user.id) } })).body.status).toBe('joined');
    const removed = await remove(host.auth, b.user.id);
    expect(removed.body).toMatchObject({ participation: { status: 'removed' }, refundedAmount: 0 });
    expect((await call(gameRoute.GET, { params })).body).toMatchObject({ joinedCount: 1, status: 'full' });
    expectProblem(await remove(host.auth, a.user.id), 404);
  });

  it('joining a paid game answers the participation and a payment to complete', async () => {
    const host = await signedIn();
    const game = (await createGame(host.auth, body({ fee: 12000 }))).body;
    const guest = await signedIn();
    const res = await join(guest.auth, game.id);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      participation: expect.objectContaining({ status: 'pending_payment', paymentId: res.body.payment!.id }),
      payment: { id: expect.any(Number), orderId: expect.stringMatching(/^DN\d{8}-/), status: 'ready', amount: 12000, checkoutUrl: `/pay/${res.body.payment!.id}` },
    });
    expect(expectProblem(await join(host.auth, game.id), 409).reason).toBe('host');
    // POST /api/payments returns the same open checkout to the seat holder, and nothing to anyone else.
    const pay = (auth: Record<string, string>, key: string) =>
      call(paymentsRoute.POST, { method: 'POST', headers: { ...auth, 'idempotency-key': key }, body: { purpose: 'game', subjectId: game.id } });
    expect((await pay(guest.auth, 'g-1')).body).toMatchObject({ id: res.body.payment!.id, amount: 12000 });
    expect(expectProblem(await pay((await signedIn()).auth, 'g-2'), 409).reason).toBe('no_seat');
  });
});

describe('venues', () => {
  it('create (201), duplicate address 409, bad input 400, edit by its creator only, 404 for unknown', async () => {
    const { auth } = await signedIn();
    const other = await signedIn();
    const venueBody = { name: '용담 풋살장', address: '제주특별자치도 제주시 용담로 10', isIndoor: true, sports: ['futsal'], neighbourhoodCode: YONGDAM2 };
    expectProblem(await call(venuesRoute.POST, { method: 'POST', unchecked: venueBody }), 401);
    expect(expectProblem(await call(venuesRoute.POST, { method: 'POST', headers: auth, unchecked: { ...venueBody, sports: ['chess'] } }), 400).errors).toHaveProperty('sports.0');
    const created = await call(venuesRoute.POST, { method: 'POST', headers: auth, unchecked: venueBody });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '용담 풋살장', isIndoor: true, sports: ['futsal'], lat: expect.any(Number) });
    expect(expectProblem(await call(venuesRoute.POST, { method: 'POST', headers: other.auth, unchecked: venueBody }), 409).errors).toHaveProperty('address');
    const params = { id: String(created.body.id) };
    expectProblem(await call(venueRoute.PATCH, { method: 'PATCH', params, headers: other.auth, body: { name: '남의 것' } }), 403);
    const patched = await call(venueRoute.PATCH, { method: 'PATCH', params, headers: auth, body: { contact: '064-000-0000' } });
    expect(patched.body).toMatchObject({ contact: '064-000-0000', sports: ['futsal'], isIndoor: true });
    expectProblem(await call(venueRoute.GET, { params: { id: '999999' } }), 404);
    expect((await call(venuesRoute.GET, { path: '/api/venues?sport=futsal' })).body.items).toHaveLength(1);
    expect((await call(venuesRoute.GET, { path: '/api/venues?sport=tennis' })).body.items).toHaveLength(0);

    const game = await createGame(auth, body({ venueId: created.body.id }));
    expect(game.body.venueId).toBe(created.body.id);
    expect(expectProblem(await createGame(auth, body({ venueId: 999999 })), 400).errors).toHaveProperty('venueId');
  });
});

it('the OpenAPI document lists the games routes', () => {
  const paths = Object.keys((apiDocument() as { paths: Record<string, unknown> }).paths);
  expect(paths).toEqual(expect.arrayContaining(['/api/games', '/api/games/{id}/players/{userId}', '/api/venues/{id}']));
});

describe('GET /api/games from/to (through the typed client)', () => {
  it('a date is that day in Asia/Seoul: a 06:00 KST game is found by its Seoul day, not by UTC midnight', async () => {
    const { auth } = await signedIn();
    // Three days from now at 06:00 in Seoul, which is 21:00 UTC of the day before.
    const day = new Date(Date.now() + 3 * 24 * HOUR + 9 * HOUR).toISOString().slice(0, 10);
    const startsAt = `${day}T06:00:00+09:00`;
    const early = (await createGame(auth, body({ title: '새벽 농구', startsAt, endsAt: `${day}T08:00:00+09:00`, recruitUntil: `${day}T05:00:00+09:00` }))).body;
    const search = (from: string, to: string) => api().GET('/api/games', { params: { query: { from, to } } });

    const { data, response } = await search(day, day);
    expect(response.status).toBe(200);
    expect(data!.items.map((g) => g.id)).toEqual([early.id]);
    // Instants with an offset mean what they say: the UTC day of the same date misses it.
    expect((await search(`${day}T00:00:00Z`, `${day}T23:59:59Z`)).data!.items).toEqual([]);
    expect((await search(`${day}T05:59:00+09:00`, `${day}T06:00:00+09:00`)).data!.items.map((g) => g.id)).toEqual([early.id]);
    expect(expectProblem(answered(await search('2026-02-30', day)), 400).errors).toHaveProperty('from');
    expect(expectProblem(answered(await search(`${day}T06:00:00`, day)), 400).errors).toHaveProperty('from');
  });
});

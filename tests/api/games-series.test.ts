import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as seriesRoute from '@/app/api/games/series/route';
import * as oneSeriesRoute from '@/app/api/games/series/[id]/route';
import { getDb } from '@/db/client';
import { games } from '@/db/schema';
import { seoulDate, seoulParts } from '@/lib/core/seoul-time';
import { bearerFor, createUser, YONGDAM2 } from '../support/factories';
import { HOUR } from '../support/games';
import { call, expectProblem } from '../support/http';

const start = new Date(Date.now() + 48 * HOUR);
const weekday = seoulParts(start).weekday || 7;
const body = (overrides: Record<string, unknown> = {}) => ({
  sport: 'futsal',
  title: '매주 풋살',
  level: 'beginner',
  gender: 'female',
  placeName: '용담 풋살장',
  address: '제주특별자치도 제주시 용담로 1',
  neighbourhoodCode: YONGDAM2,
  startsAt: start.toISOString(),
  endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
  minPlayers: 1,
  maxPlayers: 4,
  fee: 0,
  weekdays: [weekday],
  until: seoulDate(new Date(start.getTime() + 14 * 24 * HOUR)),
  ...overrides,
});

async function signedIn() {
  const user = await createUser();
  return { user, auth: await bearerFor(user) };
}
const create = (auth: Record<string, string>, b: unknown) => call(seriesRoute.POST, { method: 'POST', path: '/api/games/series', headers: auth, unchecked: b });
const patch = (auth: Record<string, string>, id: number, b: unknown) => call(oneSeriesRoute.PATCH, { method: 'PATCH', headers: auth, params: { id: String(id) }, unchecked: b });

describe('POST /api/games/series', () => {
  it('201 with every occurrence; 401 anonymous; 400 with field errors and nothing created', async () => {
    const { user, auth } = await signedIn();
    expectProblem(await create({}, body()), 401);
    const bad = expectProblem(await create(auth, body({ weekdays: [0, 8], until: '2026-02-30', priorityHours: 100, offerMinutes: 5 })), 400);
    expect(Object.keys(bad.errors!)).toEqual(expect.arrayContaining(['weekdays.0', 'weekdays.1', 'until', 'priorityHours', 'offerMinutes']));
    expect(expectProblem(await create(auth, body({ until: seoulDate(new Date(start.getTime() + 400 * 24 * HOUR)) })), 400).errors).toHaveProperty('until');
    expect(expectProblem(await create(auth, body({ weekdays: [weekday, weekday] })), 400).errors).toHaveProperty('weekdays');
    expect(await getDb().select().from(games).where(eq(games.hostId, user.id))).toHaveLength(0);
    const res = await create(auth, body());
    expect(res.status).toBe(201);
    expect(res.body.games).toHaveLength(3);
    expect(res.body.games[0]).toMatchObject({ level: 'beginner', gender: 'female', genderLabel: '여성', seriesId: res.body.id, priorityUntil: null });
    expect(res.body.games[1]!.priorityUntil).toBe(new Date(new Date(res.body.games[0]!.endsAt).getTime() + 24 * HOUR).toISOString());
    const got = await call(oneSeriesRoute.GET, { method: 'GET', params: { id: String(res.body.id) } });
    expect(got.body).toMatchObject({ id: res.body.id, weekdays: [weekday], priorityHours: 24 });
    expectProblem(await call(oneSeriesRoute.GET, { method: 'GET', params: { id: '999999' } }), 404);
  });
});

describe('priority window and the series PATCH', () => {
  it('409 priority_window for a newcomer; PATCH is the host’s (403, 404, 400), all future or nothing (409)', async () => {
    const host = await signedIn();
    const { body: series } = await create(host.auth, body({ maxPlayers: 2 }));
    const regular = await signedIn();
    const newcomer = await signedIn();
    const join = (auth: Record<string, string>, id: number) => call(playersRoute.POST, { method: 'POST', headers: auth, params: { id: String(id) }, body: {} });
    expect((await join(regular.auth, series.games[0]!.id)).status).toBe(201);
    expect((await join(regular.auth, series.games[1]!.id)).status).toBe(201);
    const refused = expectProblem(await join(newcomer.auth, series.games[1]!.id), 409);
    expect(refused.reason).toBe('priority_window');
    expect(refused.detail).toContain('누구나 신청할 수 있어요');
    expect((await join(newcomer.auth, series.games[0]!.id)).status).toBe(201);

    expectProblem(await patch({}, series.id, { title: 'x' }), 401);
    expectProblem(await patch(newcomer.auth, series.id, { title: 'x' }), 403);
    expectProblem(await patch(host.auth, 999_999, { title: 'x' }), 404);
    expectProblem(await patch(host.auth, series.id, { startsAt: start.toISOString() }), 400);
    expect(expectProblem(await patch(host.auth, series.id, { maxPlayers: 0 }), 400).errors).toHaveProperty('maxPlayers');
    // Two joined the first game: a cap of 1 doesn't fit it, so no occurrence changes.
    expect(expectProblem(await patch(host.auth, series.id, { maxPlayers: 1, title: '안 바뀜' }), 409).reason).toBe('below_joined');
    const ok = await patch(host.auth, series.id, { title: '수요 풋살', offerMinutes: 60 });
    expect(ok.status).toBe(200);
    expect(ok.body.games.map((g: { title: string; offerMinutes: number }) => [g.title, g.offerMinutes])).toEqual(Array(3).fill(['수요 풋살', 60]));
    expect(ok.body.games.map((g: { maxPlayers: number }) => g.maxPlayers)).toEqual([2, 2, 2]);
  });
});

describe('GET /api/games filters', () => {
  it('level, gender, timeOfDay and weekday; 400 for unknown values', async () => {
    const host = await signedIn();
    await create(host.auth, body());
    const list = (query: Record<string, string>) => call(gamesRoute.GET, { method: 'GET', path: `/api/games?${new URLSearchParams(query)}` });
    const hour = seoulParts(start).hour;
    const bucket = hour < 6 ? 'dawn' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : hour < 21 ? 'evening' : 'night';
    expect((await list({ level: 'beginner', gender: 'female', timeOfDay: bucket, weekday: String(weekday) })).body.page.total).toBe(3);
    expect((await list({ level: 'advanced' })).body.page.total).toBe(0);
    expect((await list({ weekday: String((weekday % 7) + 1) })).body.page.total).toBe(0);
    const bad = expectProblem(await list({ level: 'pro', gender: 'any', timeOfDay: 'noon', weekday: '8' }), 400);
    expect(Object.keys(bad.errors!)).toEqual(expect.arrayContaining(['level', 'gender', 'timeOfDay.0', 'weekday.0']));
  });
});

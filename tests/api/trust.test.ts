import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as verificationRoute from '@/app/api/users/me/neighbourhood-verification/route';
import * as meRoute from '@/app/api/users/me/route';
import * as userRoute from '@/app/api/users/[id]/route';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as membersRoute from '@/app/api/chat/rooms/[id]/members/route';
import * as postsRoute from '@/app/api/posts/route';
import * as gameReviewsRoute from '@/app/api/games/[id]/reviews/route';
import { games } from '@/db/schema';
import { joinGame } from '@/lib/games/players';
import { getDb } from '@/db/client';
import { neighbourhoodChanges, users } from '@/db/schema';
import { bearerFor, CHEONGUN, createUser, YONGDAM2 } from '../support/factories';
import { createTestGame } from '../support/games';
import { call, expectProblem } from '../support/http';

const YONGDAM1 = '5011057000';
const IN_YONGDAM2 = { lat: 33.50774, lng: 126.50049 };
const path = '/api/users/me/neighbourhood-verification';

const verify = async (user: Awaited<ReturnType<typeof createUser>>, body: unknown) =>
  call(verificationRoute.POST, { method: 'POST', path, headers: await bearerFor(user), unchecked: body });

describe('POST /api/users/me/neighbourhood-verification', () => {
  it('verifies inside the dong: 200 with until, dong and method; the profile shows the badge', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM2 });
    const res = await verify(user, { ...IN_YONGDAM2, accuracy: 25 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ verified: true, dong: '용담2동', method: 'boundary' });
    const profile = await call(userRoute.GET, { path: `/api/users/${user.id}`, params: { id: String(user.id) } });
    expect(profile.body.verifiedNeighbourhood).toEqual({ dong: '용담2동', verifiedUntil: res.body.verifiedUntil });
    expect(profile.body.temperature).toEqual({ value: 36.5, topReasons: [] });
  });

  it('answers 422 outside_neighbourhood with the dong the point is in', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM1 });
    const problem = expectProblem(await verify(user, { ...IN_YONGDAM2, accuracy: 25 }), 422) as { reason?: string; dong?: unknown };
    expect(problem.reason).toBe('outside_neighbourhood');
    expect(problem.dong).toEqual({ code: YONGDAM2, sido: '제주특별자치도', sigungu: '제주시', dong: '용담2동' });
    const profile = await call(userRoute.GET, { path: `/api/users/${user.id}`, params: { id: String(user.id) } });
    expect(profile.body).not.toHaveProperty('verifiedNeighbourhood');
  });

  it('refuses an accuracy worse than 1 km (400 on accuracy) and anonymous callers (401)', async () => {
    const user = await createUser();
    const problem = expectProblem(await verify(user, { ...IN_YONGDAM2, accuracy: 2000 }), 400);
    expect(Object.keys(problem.errors!)).toEqual(['accuracy']);
    expectProblem(await call(verificationRoute.POST, { method: 'POST', path, body: { ...IN_YONGDAM2, accuracy: 10 } }), 401);
  });
});

describe('changing the neighbourhood', () => {
  it('clears the verification and is limited to two changes per 30 days (429 too_many_changes)', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM2 });
    await verify(user, { ...IN_YONGDAM2, accuracy: 25 });
    const headers = await bearerFor(user);
    const change = (neighbourhoodCode: string) => call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers, body: { neighbourhoodCode } });
    const first = await change(YONGDAM1);
    expect(first.status).toBe(200);
    expect(first.body).not.toHaveProperty('verifiedNeighbourhood');
    expect((await change(CHEONGUN)).status).toBe(200);
    const res = await change(YONGDAM2);
    expect(expectProblem(res, 429).reason).toBe('too_many_changes');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(29 * 86_400);
    // Choosing the current dong again is no change; a change older than 30 days no longer counts.
    expect((await change(CHEONGUN)).status).toBe(200);
    await getDb().update(neighbourhoodChanges).set({ changedAt: new Date(Date.now() - 31 * 86_400_000) }).where(eq(neighbourhoodChanges.toCode, YONGDAM1));
    expect((await change(YONGDAM2)).status).toBe(200);
  });

  it('answers the confirmation asked after a data update by choosing a dong', async () => {
    const user = await createUser({ neighbourhoodCode: YONGDAM2, neighbourhoodNeedsConfirmation: true });
    const headers = await bearerFor(user);
    expect((await call(meRoute.GET, { path: '/api/users/me', headers })).body.neighbourhoodNeedsConfirmation).toBe(true);
    const res = await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers, body: { neighbourhoodCode: YONGDAM2 } });
    expect(res.body.neighbourhoodNeedsConfirmation).toBe(false);
    expect(await getDb().select().from(neighbourhoodChanges)).toEqual([]);
  });
});

describe('verifiedOnly', () => {
  const verifiedUntil = () => new Date(Date.now() + 86_400_000);

  it('lets only verified neighbours join a game (403 verification_required)', async () => {
    const now = new Date();
    const host = await createUser();
    const game = await createTestGame(host, now, { verifiedOnly: true });
    expect(game.verifiedOnly).toBe(true);
    const stranger = await createUser();
    const join = async (user: typeof stranger) =>
      call(playersRoute.POST, { method: 'POST', path: `/api/games/${game.id}/players`, headers: await bearerFor(user), params: { id: String(game.id) }, body: {} });
    expect(expectProblem(await join(stranger), 403).reason).toBe('verification_required');
    // Verified, but for a dong in another 시군구: still not a neighbour of this game.
    const seoul = await createUser({ neighbourhoodCode: CHEONGUN, neighbourhoodVerifiedCode: CHEONGUN, neighbourhoodVerifiedUntil: verifiedUntil() });
    expect(expectProblem(await join(seoul), 403).reason).toBe('verification_required');
    const neighbour = await createUser({ neighbourhoodCode: YONGDAM1, neighbourhoodVerifiedCode: YONGDAM1, neighbourhoodVerifiedUntil: verifiedUntil() });
    expect((await join(neighbour)).status).toBe(201);
  });

  it('lets only verified neighbours join a meal post, and shows the author badge on the card', async () => {
    const author = await createUser({ neighbourhoodVerifiedCode: YONGDAM2, neighbourhoodVerifiedUntil: verifiedUntil() });
    const created = await call(postsRoute.POST, {
      method: 'POST', path: '/api/posts', headers: await bearerFor(author),
      body: { title: '치킨 같이', category: '치킨', targetNumber: 3, content: '인증한 이웃만', verifiedOnly: true },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ verifiedOnly: true, author: { verifiedDong: '용담2동', temperature: 36.5 } });
    const roomId = String(created.body.chatRoomId);
    const join = async (user: typeof author) =>
      call(membersRoute.POST, { method: 'POST', path: `/api/chat/rooms/${roomId}/members`, headers: await bearerFor(user), params: { id: roomId } });
    expect(expectProblem(await join(await createUser()), 403).reason).toBe('verification_required');
    const expired = await createUser({ neighbourhoodVerifiedCode: YONGDAM2, neighbourhoodVerifiedUntil: new Date(Date.now() - 1000) });
    expect(expectProblem(await join(expired), 403).reason).toBe('verification_required');
    const neighbour = await createUser({ neighbourhoodVerifiedCode: YONGDAM2, neighbourhoodVerifiedUntil: verifiedUntil() });
    expect([200, 201]).toContain((await join(neighbour)).status);
    const [row] = await getDb().select({ code: users.neighbourhoodVerifiedCode }).from(users).where(eq(users.id, neighbour.id));
    expect(row?.code).toBe(YONGDAM2);
  });
});

describe('temperature on the profile', () => {
  it('moves when a game review arrives (the trust:input consumer recomputes it) and shows its reasons', async () => {
    const host = await createUser();
    const player = await createUser();
    const game = await createTestGame(host, new Date());
    await joinGame(getDb(), player, game.id);
    await getDb().update(games).set({ status: 'finished' }).where(eq(games.id, game.id));
    const res = await call(gameReviewsRoute.POST, {
      method: 'POST', headers: await bearerFor(host), params: { id: String(game.id) },
      body: { revieweeId: player.id, rating: 5, tags: ['punctual', 'kind'] },
    });
    expect(res.status).toBe(201);
    const profile = await call(userRoute.GET, { path: `/api/users/${player.id}`, params: { id: String(player.id) } });
    expect(profile.body.temperature.value).toBe(37.2);
    expect(profile.body.temperature.topReasons).toEqual(expect.arrayContaining([{ label: '시간 약속을 잘 지켜요', count: 1 }]));
  });
});

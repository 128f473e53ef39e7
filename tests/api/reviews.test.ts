import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as gameReviewsRoute from '@/app/api/games/[id]/reviews/route';
import * as userReviewsRoute from '@/app/api/users/[id]/reviews/route';
import { getDb } from '@/db/client';
import { games } from '@/db/schema';
import { joinGame } from '@/lib/games/players';
import { apiDocument } from '@/app/openapi';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call, expectProblem } from '../support/http';

async function finishedGame() {
  const host = await createUser();
  const player = await createUser();
  const game = await createTestGame(host, new Date());
  await joinGame(getDb(), player, game.id);
  await getDb().update(games).set({ status: 'finished' }).where(eq(games.id, game.id));
  return { host, player, game, hostAuth: await bearerFor(host), playerAuth: await bearerFor(player) };
}
const post = (auth: Record<string, string>, id: number, body: unknown) =>
  call(gameReviewsRoute.POST, { method: 'POST', headers: auth, params: { id: String(id) }, unchecked: body });

describe('POST /api/games/{id}/reviews', () => {
  it('201; 401 anonymous; 400 bad input or self; 403 outsider; 404 missing game; 409 twice', async () => {
    const { host, player, game, playerAuth, hostAuth } = await finishedGame();
    expectProblem(await post({}, game.id, { revieweeId: host.id, rating: 5 }), 401);
    const bad = expectProblem(await post(playerAuth, game.id, { revieweeId: host.id, rating: 6, comment: 'x'.repeat(501), tags: ['pushy'] }), 400);
    expect(Object.keys(bad.errors!)).toEqual(expect.arrayContaining(['rating', 'comment', 'tags.0']));
    expect(expectProblem(await post(playerAuth, game.id, { revieweeId: player.id, rating: 5 }), 400).errors).toHaveProperty('revieweeId');
    const outsider = await bearerFor(await createUser());
    expectProblem(await post(outsider, game.id, { revieweeId: host.id, rating: 5 }), 403);
    expectProblem(await post(playerAuth, 999_999, { revieweeId: host.id, rating: 5 }), 404);
    const res = await post(playerAuth, game.id, { revieweeId: host.id, rating: 4, comment: ' 즐거웠어요 ', tags: ['kind', 'kind', 'punctual'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rating: 4, comment: '즐거웠어요', tags: ['kind', 'punctual'], reviewer: { id: player.id }, reviewee: { id: host.id } });
    expect(expectProblem(await post(playerAuth, game.id, { revieweeId: host.id, rating: 1 }), 409).reason).toBe('already_reviewed');
    expect((await post(hostAuth, game.id, { revieweeId: player.id, rating: 5 })).status).toBe(201);
  });

  it('409 before the game is finished', async () => {
    const { host, game, playerAuth } = await finishedGame();
    await getDb().update(games).set({ status: 'confirmed' }).where(eq(games.id, game.id));
    expect(expectProblem(await post(playerAuth, game.id, { revieweeId: host.id, rating: 5 }), 409).reason).toBe('not_finished');
  });
});

describe('GET reviews', () => {
  it('a game: the reviews and whom the caller may still review', async () => {
    const { host, player, game, playerAuth } = await finishedGame();
    const get = (headers: Record<string, string> = {}) => call(gameReviewsRoute.GET, { headers, params: { id: String(game.id) } });
    expect((await get(playerAuth)).body).toMatchObject({ items: [], canReview: [{ id: host.id }] });
    await post(playerAuth, game.id, { revieweeId: host.id, rating: 5 });
    expect((await get(playerAuth)).body.canReview).toEqual([]);
    expect((await get()).body).toMatchObject({ items: [{ reviewer: { id: player.id } }], canReview: [] });
    expectProblem(await call(gameReviewsRoute.GET, { params: { id: '999999' } }), 404);
    expectProblem(await call(gameReviewsRoute.GET, { params: { id: 'abc' } }), 400);
  });

  it('a user: items, page and the rating summary; 404 for no such user', async () => {
    const { host, game, playerAuth } = await finishedGame();
    await post(playerAuth, game.id, { revieweeId: host.id, rating: 4 });
    const res = await call(userReviewsRoute.GET, { path: `/api/users/${host.id}/reviews?page=1`, params: { id: String(host.id) } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: [{ rating: 4, game: { id: game.id } }], page: { total: 1, current: 1 }, summary: { average: 4, count: 1 } });
    expectProblem(await call(userReviewsRoute.GET, { path: '/api/users/999999/reviews', params: { id: '999999' } }), 404);
  });

  it('is in the OpenAPI document', () => {
    const paths = apiDocument().paths as Record<string, Record<string, unknown>>;
    expect(paths['/api/games/{id}/reviews']).toHaveProperty('post');
    expect(paths['/api/users/{id}/reviews']).toHaveProperty('get');
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { gameReviews, games, type User } from '@/db/schema';
import { cancelParticipation, joinGame } from '@/lib/games/players';
import { createUser } from '@/tests/support/factories';
import { createTestGame, fixedClock } from '@/tests/support/games';
import { createReview } from './mutations';
import { listGameReviews, listUserReviews, ratingSummary } from './queries';

const now = new Date();
const clock = fixedClock(now);

/** A free game the host and `players` played (joined) and `left` cancelled, marked finished. */
async function finishedGame(players = 2, { finish = true } = {}) {
  const host = await createUser();
  const game = await createTestGame(host, now);
  const joined: User[] = [];
  for (let i = 0; i < players; i++) {
    const user = await createUser();
    await joinGame(getDb(), user, game.id, {}, clock);
    joined.push(user);
  }
  const left = await createUser();
  await joinGame(getDb(), left, game.id, {}, clock);
  await cancelParticipation(getDb(), left, game.id, clock);
  if (finish) await getDb().update(games).set({ status: 'finished' }).where(eq(games.id, game.id));
  return { host, game, joined, left };
}

const review = (reviewer: User, gameId: number, revieweeId: number, rating = 5) =>
  createReview(getDb(), reviewer, gameId, { revieweeId, rating, comment: '', tags: [] }, clock);

describe('reviews', () => {
  it('players review the host and each other, the host reviews players; once per pair', async () => {
    const { host, game, joined } = await finishedGame();
    const [a, b] = joined as [User, User];
    const created = await createReview(getDb(), a, game.id, { revieweeId: host.id, rating: 4, comment: '좋았어요', tags: ['punctual', 'kind'] }, clock);
    expect(created).toMatchObject({ rating: 4, comment: '좋았어요', tags: ['punctual', 'kind'], reviewer: { id: a.id }, reviewee: { id: host.id }, game: { id: game.id } });
    await review(a, game.id, b.id, 3);
    await review(host, game.id, a.id, 5);
    await review(b, game.id, host.id, 5);
    await expect(review(a, game.id, host.id)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'already_reviewed' } });
    expect(await ratingSummary(getDb(), host.id)).toEqual({ average: 4.5, count: 2 });
    const page = await listUserReviews(getDb(), host.id, { page: 1, size: 20 });
    expect(page.summary).toEqual({ average: 4.5, count: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.page).toMatchObject({ total: 2, current: 1 });
  });

  it('only people who played: outsiders and those who cancelled get 403, they cannot be reviewed (400), nor oneself', async () => {
    const { host, game, joined, left } = await finishedGame(1);
    const outsider = await createUser();
    await expect(review(outsider, game.id, host.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(review(left, game.id, host.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(review(host, game.id, left.id)).rejects.toMatchObject({ code: 'invalid', extra: { fields: { revieweeId: expect.any(Array) } } });
    await expect(review(host, game.id, outsider.id)).rejects.toMatchObject({ code: 'invalid' });
    await expect(review(host, game.id, host.id)).rejects.toMatchObject({ code: 'invalid', extra: { fields: { revieweeId: expect.any(Array) } } });
    await expect(review(host, 999_999, joined[0]!.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await getDb().select().from(gameReviews)).toHaveLength(0);
  });

  it('opens only after the game finished', async () => {
    const { host, game, joined } = await finishedGame(1, { finish: false });
    await expect(review(host, game.id, joined[0]!.id)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'not_finished' } });
    expect((await listGameReviews(getDb(), game.id, host.id)).canReview).toEqual([]);
  });

  it('lists whom I can still review', async () => {
    const { host, game, joined } = await finishedGame(2);
    const [a, b] = joined as [User, User];
    const ids = async (viewer?: User) => (await listGameReviews(getDb(), game.id, viewer?.id)).canReview.map((u) => u.id);
    expect(await ids(a)).toEqual([host.id, b.id]);
    expect(await ids(host)).toEqual([a.id, b.id]);
    await review(a, game.id, host.id);
    expect(await ids(a)).toEqual([b.id]);
    expect(await ids(await createUser())).toEqual([]);
    expect(await ids()).toEqual([]);
    expect((await listGameReviews(getDb(), game.id)).items).toHaveLength(1);
  });

  it('two identical reviews racing: exactly one is stored, the other is 409', async () => {
    const { host, game, joined } = await finishedGame(1);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => review(joined[0]!, game.id, host.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    expect(await getDb().select().from(gameReviews)).toHaveLength(1);
  });

  it('a user with no reviews has no average', async () => {
    const user = await createUser();
    expect(await ratingSummary(getDb(), user.id)).toEqual({ average: null, count: 0 });
    await expect(listUserReviews(getDb(), 999_999, { page: 1, size: 20 })).rejects.toMatchObject({ code: 'not_found' });
  });
});

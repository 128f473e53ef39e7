import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { communityComments, communityPosts, gamePlayers, games, mealPosts, reservations, spaces, users } from '@/db/schema';
import { authenticate } from '@/lib/accounts/authenticate';
import { createLoginThrottle } from '@/lib/accounts/login-throttle';
import { needsSeed, seedDemo } from './index';
import { DEMO_PASSWORD } from './users';

describe('demo seed', () => {
  it('loads a dozen users who can log in with the documented password, and their posts and games', async () => {
    expect(await needsSeed(getDb())).toBe(true);
    const result = await seedDemo(getDb());
    expect(result.users).toBe(12);
    expect((await getDb().select({ n: count() }).from(users))[0]!.n).toBe(12);
    expect((await getDb().select({ n: count() }).from(mealPosts))[0]!.n).toBe(result.posts);
    expect((await getDb().select({ n: count() }).from(communityPosts))[0]!.n).toBe(result.community);
    expect((await getDb().select({ n: count() }).from(communityComments))[0]!.n).toBeGreaterThan(0);
    expect((await getDb().select({ n: count() }).from(spaces))[0]!.n).toBe(result.spaces);
    expect((await getDb().select({ status: reservations.status }).from(reservations))).toEqual([{ status: 'confirmed' }]);
    expect((await getDb().select({ n: count() }).from(games))[0]!.n).toBe(result.games);
    expect((await getDb().select({ n: count() }).from(gamePlayers))[0]!.n).toBeGreaterThan(0);
    const user = await authenticate(getDb(), createLoginThrottle({ db: getDb() }), { email: 'minji@dongne.test', password: DEMO_PASSWORD, ip: 't' });
    expect(user.neighbourhoodCode).toBe('5011058000');
    expect(await needsSeed(getDb())).toBe(false);
  });
});

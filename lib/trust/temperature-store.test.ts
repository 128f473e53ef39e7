import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { gameReviews, users } from '@/db/schema';
import { createUser } from '@/tests/support/factories';
import { createTestGame } from '@/tests/support/games';
import { recomputeStaleTemperatures, recomputeTemperature } from './temperature-store';

describe('the cached temperature', () => {
  it('is recomputed from game reviews and cached on the user row with its reasons', async () => {
    const now = new Date();
    const host = await createUser();
    const player = await createUser();
    const game = await createTestGame(host, new Date(now.getTime() - 5 * 86_400_000), { startsInHours: 1 });
    await getDb().insert(gameReviews).values({ gameId: game.id, reviewerId: host.id, revieweeId: player.id, rating: 5, tags: ['punctual'], createdAt: now });
    expect(await recomputeTemperature(getDb(), player.id, now)).toBe(37.1);
    const [row] = await getDb().select().from(users).where(eq(users.id, player.id));
    expect(row).toMatchObject({ temperature: 37.1, temperatureReasons: [{ label: '시간 약속을 잘 지켜요', count: 1 }] });
  });

  it('is refreshed by the job for rows older than a day, once', async () => {
    const now = new Date();
    await createUser();
    await createUser();
    expect(await recomputeStaleTemperatures(getDb(), now)).toBe(2);
    expect(await recomputeStaleTemperatures(getDb(), now)).toBe(0);
    expect(await recomputeStaleTemperatures(getDb(), new Date(now.getTime() + 2 * 86_400_000))).toBe(2);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { chatMessages, gameReviews, users } from '@/db/schema';
import { createRoom } from '@/lib/chat/mutations';
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

  it.runIf(process.env.DATABASE_URL)('is refreshed for a user whose message is still being written, without skipping or waiting for it (PostgreSQL)', async () => {
    const now = new Date();
    const sender = await createUser();
    const room = await getDb().transaction((tx) => createRoom(tx, { kind: 'community', title: '동네 수다방', owner: sender, capacity: null }));
    await getDb().transaction(async (tx) => {
      // The message's foreign key check holds KEY SHARE on the sender's row until this commits.
      await tx.insert(chatMessages).values({ roomId: room.id, userId: sender.id, kind: 'text', body: '안녕하세요' });
      await recomputeStaleTemperatures(getDb(), now, 10_000);
      const [row] = await getDb().select({ computedAt: users.temperatureComputedAt }).from(users).where(eq(users.id, sender.id));
      expect(row?.computedAt).toEqual(now);
    });
  });
});

import { eq, sql } from 'drizzle-orm';
import { boundedCache } from '@/lib/core/bounded-cache';
import type { Db } from '@/db/client';
import { preparedPerDb } from '@/db/prepared';
import { spaceLikes } from '@/db/schema';
import { nextTick } from '@/lib/core/own-writes';
import { processSingleton } from '@/lib/core/process-singleton';

/**
 * The spaces each signed-in viewer likes, kept per process: a search's only per-viewer field, so a
 * viewer searching again (a crowd on the shared pages, issue #23) asks the database nothing.
 * A like or unlike records `spaces:changed` with `likedBy` (lib/spaces/events.ts), which forgets
 * that viewer's set in every process before the liker's request answers; a set loaded while a
 * change arrived is not kept. Entries also expire, a bound on how long a missed event could matter.
 */
const TTL_MS = 10_000;

const state = processSingleton('liked-spaces', () => ({
  sets: boundedCache<number, ReadonlySet<number>>({ entries: 20_000, ttl: TTL_MS }),
  // When each viewer's likes last changed, on the logical clock of lib/core/own-writes.ts.
  changedAt: boundedCache<number, number>({ entries: 20_000, ttl: TTL_MS * 6 }),
}));

const allLiked = preparedPerDb((db) =>
  db.select({ id: spaceLikes.spaceId }).from(spaceLikes).where(eq(spaceLikes.userId, sql.placeholder('userId'))).prepare('space_likes_of_user'),
);

export async function likedSpaces(db: Db, userId: number): Promise<ReadonlySet<number>> {
  const cached = state.sets.get(userId);
  if (cached) return cached;
  const startedAt = nextTick();
  const liked: ReadonlySet<number> = new Set((await allLiked(db).execute({ userId })).map((r) => r.id));
  if ((state.changedAt.get(userId) ?? 0) < startedAt) state.sets.set(userId, liked);
  return liked;
}

/** After a committed like or unlike of the viewer's (the `spaces:changed` consumer, every process). */
export function forgetLikedSpaces(userId: number) {
  state.changedAt.set(userId, nextTick());
  state.sets.delete(userId);
}

/** Tests: ids start again after every truncation. */
export const forgetAllLikedSpaces = () => {
  state.sets.clear();
  state.changedAt.clear();
};

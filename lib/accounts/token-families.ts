import { and, eq, isNull } from 'drizzle-orm';
import { boundedCache } from '@/lib/core/bounded-cache';
import type { Db } from '@/db/client';
import { refreshTokens } from '@/db/schema';
import { processSingleton } from '@/lib/core/process-singleton';

/**
 * Whether a login's refresh-token family is still alive, for the access tokens it issued: a
 * family stays alive while one of its rows is unrevoked (the sweeper deletes revoked rows, so a
 * missing family is dead too). Kept briefly per process; a revocation records
 * `token-family:revoked`, whose consumer forgets it in every process before the revoking
 * request answers.
 */
const ALIVE_TTL_MS = 10_000;
// Dead is final; an access token lives 15 minutes, so that is as long as the answer matters.
const DEAD_TTL_MS = 15 * 60_000;

const cache = processSingleton('token-families', () => boundedCache<string, boolean>({ entries: 50_000 }));

export async function isFamilyAlive(db: Db, familyId: string): Promise<boolean> {
  const known = cache.get(familyId);
  if (known !== undefined) return known;
  const [row] = await db
    .select({ id: refreshTokens.id })
    .from(refreshTokens)
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
    .limit(1);
  const alive = !!row;
  cache.set(familyId, alive, { ttl: alive ? ALIVE_TTL_MS : DEAD_TTL_MS });
  return alive;
}

/** A family that just issued a token is alive: the process that issued it needn't ask. */
export const rememberFamilyAlive = (familyId: string) => cache.set(familyId, true, { ttl: ALIVE_TTL_MS });

/** The `token-family:revoked` consumer, in every process. */
export const forgetFamilyLocally = (familyId: string) => cache.delete(familyId);

/** Tests: the database is truncated between them. */
export const forgetAllFamilies = () => cache.clear();

import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { RateLimiterDrizzle, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { rateLimited } from '@/lib/core/domain-error';

export type LimiterStore = { db: Db; redis?: Redis };

/**
 * A rate-limiter-flexible counter in Redis when configured, otherwise in the database
 * (rate_limits), so every app process sees the same counts either way.
 */
export function createLimiter(store: LimiterStore, keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
  return store.redis
    ? new RateLimiterRedis({ storeClient: store.redis, keyPrefix, points, duration: durationSeconds })
    : new RateLimiterDrizzle({
        storeClient: store.db,
        schema: rateLimits,
        keyPrefix,
        points,
        duration: durationSeconds,
        clearExpiredByTimeout: false, // the sweeper deletes expired rows (lib/jobs)
      });
}

/** Takes one point from every limiter; any one over its limit is a 429 with Retry-After. */
export async function consumeAll(pairs: [Pick<RateLimiterAbstract, 'consume'>, string][], message: string | ((seconds: number) => string)) {
  const results = await Promise.allSettled(pairs.map(([limiter, key]) => limiter.consume(key)));
  const blocked = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  for (const reason of blocked) if (!(reason instanceof RateLimiterRes)) throw reason;
  if (blocked.length) {
    const ms = Math.max(...(blocked as RateLimiterRes[]).map((r) => r.msBeforeNext));
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    throw rateLimited(seconds, typeof message === 'function' ? message(seconds) : message);
  }
}

// Imported when first needed (not at load), and then once: every chat message asks for the store.
let storeModules: Promise<[typeof import('@/db/client'), typeof import('@/lib/core/redis')]> | undefined;

/** This process's database (and Redis when REDIS_URL is set). */
export const processLimiterStore = async (): Promise<LimiterStore> => {
  const [{ getDb }, { getRedis }] = await (storeModules ??= Promise.all([import('@/db/client'), import('@/lib/core/redis')]));
  return { db: getDb(), redis: getRedis() };
};

/**
 * RateLimiterDrizzle's upsert as SQL, for a statement that takes its point itself: one point
 * for `key` until `seconds` from now, or one more in the window still open. Written only where
 * `when` holds; returns `points, expire`.
 */
export const pointUpsert = (key: SQLWrapper, seconds: SQLWrapper, when: SQL = sql`true`) => sql`
  insert into ${rateLimits} (key, points, expire) select ${key}::text, 1, now() + make_interval(secs => ${seconds}::int) where ${when}
  on conflict (key) do update set
    points = case when ${rateLimits.expire} <= now() then 1 else ${rateLimits.points} + 1 end,
    expire = case when ${rateLimits.expire} <= now() then excluded.expire else ${rateLimits.expire} end
  returning points, expire`;

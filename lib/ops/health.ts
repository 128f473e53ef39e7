import { sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import type { Database } from '@/db/client';

type Check = { ok: boolean; latencyMs: number; error?: string };

async function timed(run: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(database: Database, redis: Redis | undefined) {
  const [db, redisCheck] = await Promise.all([
    timed(() => database.db.execute(sql`select 1`)),
    redis ? timed(() => redis.ping()) : Promise.resolve(undefined),
  ]);
  const ok = db.ok && (redisCheck?.ok ?? true);
  return {
    status: ok ? ('ok' as const) : ('unavailable' as const),
    db: { ...db, engine: database.engine },
    ...(redisCheck && { redis: redisCheck }),
  };
}

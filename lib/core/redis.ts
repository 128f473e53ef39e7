import { Redis } from 'ioredis';

const key = Symbol.for('dongne.redis');
type GlobalWithRedis = typeof globalThis & { [key]?: Redis };

/** The process's Redis connection when REDIS_URL is set; Redis is optional everywhere. */
export function getRedis(): Redis | undefined {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  const g = globalThis as GlobalWithRedis;
  g[key] ??= new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  return g[key];
}

export async function closeRedis() {
  const g = globalThis as GlobalWithRedis;
  const redis = g[key];
  g[key] = undefined;
  await redis?.quit().catch(() => redis.disconnect());
}

import { Redis } from 'ioredis';
import { processSingleton } from '@/lib/core/process-singleton';
import { env } from '@/lib/env';

const slot = processSingleton('redis', () => ({ redis: undefined as Redis | undefined }));

/** The process's Redis connection when REDIS_URL is set; Redis is optional everywhere. */
export function getRedis(): Redis | undefined {
  const url = env().REDIS_URL;
  if (!url) return undefined;
  slot.redis ??= new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  return slot.redis;
}

export async function closeRedis() {
  const redis = slot.redis;
  slot.redis = undefined;
  await redis?.quit().catch(() => redis.disconnect());
}

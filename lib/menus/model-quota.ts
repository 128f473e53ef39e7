import type { Redis } from 'ioredis';
import { RateLimiterDrizzle, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { rateLimited } from '@/lib/core/domain-error';
import { MODEL_QUESTIONS_PER_DAY } from './schema';

const DAY_SECONDS = 24 * 60 * 60;

export type ModelQuota = {
  /** Counts one model question for the user's Seoul day; 429 once the day's questions are used. */
  consume(userId: number, day: string): Promise<void>;
  remaining(userId: number, day: string): Promise<number>;
};

/** Counted like the login throttle: rate-limiter-flexible in Redis when configured, else in rate_limits. */
export function createModelQuota(store: { db: Db; redis?: Redis }): ModelQuota {
  const limiter: RateLimiterAbstract = store.redis
    ? new RateLimiterRedis({ storeClient: store.redis, keyPrefix: 'menu_model', points: MODEL_QUESTIONS_PER_DAY, duration: DAY_SECONDS })
    : new RateLimiterDrizzle({
        storeClient: store.db,
        schema: rateLimits,
        keyPrefix: 'menu_model',
        points: MODEL_QUESTIONS_PER_DAY,
        duration: DAY_SECONDS,
        clearExpiredByTimeout: false,
      });
  // The day is part of the key: the count starts over at midnight in Seoul.
  const key = (userId: number, day: string) => `${userId}:${day}`;
  return {
    async consume(userId, day) {
      try {
        await limiter.consume(key(userId, day));
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        throw rateLimited(
          Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
          `AI 메뉴 상담은 하루 ${MODEL_QUESTIONS_PER_DAY}번까지예요. 오늘은 모두 사용했어요. 내일 다시 물어봐 주세요.`,
        );
      }
    },
    async remaining(userId, day) {
      const res = await limiter.get(key(userId, day));
      return Math.max(0, MODEL_QUESTIONS_PER_DAY - (res?.consumedPoints ?? 0));
    },
  };
}

export const processModelQuota = async () => {
  const [{ getDb }, { getRedis }] = await Promise.all([import('@/db/client'), import('@/lib/core/redis')]);
  return createModelQuota({ db: getDb(), redis: getRedis() });
};

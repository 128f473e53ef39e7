import { sql, type SQL } from 'drizzle-orm';
import { BurstyRateLimiter } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { rateLimited } from '@/lib/core/domain-error';
import { env } from '@/lib/env';
import { consumeAll, createLimiter, pointUpsert, processLimiterStore } from './rate-limiters';

type Limit = { points: number; seconds: number; burst?: { points: number; seconds: number }; message: (seconds: number) => string };

const waitLabel = (seconds: number) => (seconds < 60 ? `${seconds}초` : `${Math.ceil(seconds / 60)}분`);

/**
 * What one user may do how often, counted in the shared limiter store (PostgreSQL or Redis),
 * so every process and both transports (Socket.IO and REST) draw on one budget.
 */
export const actionLimits = {
  // Per room: 10 per 10 s, and 10 more per minute for a burst ("네!" "좋아요" "ㅋㅋ").
  chatMessage: {
    get points() {
      return env().CHAT_SEND_LIMIT ?? 10;
    },
    seconds: 10,
    burst: { points: 10, seconds: 60 },
    message: (s) => `메시지를 너무 빨리 보내고 있어요. ${s}초 뒤에 다시 보내 주세요.`,
  },
  // Each post opens a chat room.
  mealPost: { points: 5, seconds: 10 * 60, message: (s) => `모집 글을 너무 자주 올리고 있어요. ${waitLabel(s)} 뒤에 다시 올려 주세요.` },
  friendRequest: { points: 30, seconds: 60 * 60, message: (s) => `친구 신청을 너무 많이 보냈어요. ${waitLabel(s)} 뒤에 다시 시도해 주세요.` },
  // A position is checked against dong boundaries: the limit keeps anyone from mapping them through us.
  neighbourhoodVerification: { points: 10, seconds: 60 * 60, message: (s) => `동네인증을 너무 많이 시도했어요. ${waitLabel(s)} 뒤에 다시 시도해 주세요.` },
  directRoom: { points: 20, seconds: 10 * 60, message: (s) => `새 대화를 너무 많이 열었어요. ${waitLabel(s)} 뒤에 다시 시도해 주세요.` },
} satisfies Record<string, Limit>;

export type LimitedAction = keyof typeof actionLimits;

/** Takes one of the user's points for `action` (per `scope`, e.g. a room); 429 with Retry-After when none is left. */
export async function consumeActionPoint(db: Db, action: LimitedAction, userId: number, scope: string | number = '') {
  const limit: Limit = actionLimits[action];
  const store = { ...(await processLimiterStore()), db };
  const main = createLimiter(store, `act_${action}`, limit.points, limit.seconds);
  const limiter = limit.burst
    ? new BurstyRateLimiter(main, createLimiter(store, `act_${action}_burst`, limit.burst.points, limit.burst.seconds))
    : main;
  await consumeAll([[limiter, `${userId}:${scope}`]], limit.message);
}

/** `allowed (ok, retry_ms)` and the CTEs before it, for a statement that takes its own point. */
export type ActionPointCtes = { ctes: { name: string; body: SQL }[]; refuse(retryMs: number): Error };

/**
 * The point for `action` taken by the statement that does the action, so a write that is one
 * statement needs no transaction around its limit: the CTEs end in `allowed (ok, retry_ms)`, the
 * write goes ahead only where `ok`, and `refuse` is the 429 to throw when it did not. The same
 * rows and arithmetic as consumeActionPoint (rate-limiter-flexible's, the burst's only once the
 * main window is spent), so both draw on one budget. With Redis as the store there is nothing to
 * write in the database: the point is taken from Redis first and `allowed` is a constant.
 */
export async function actionPointCtes(db: Db, action: LimitedAction, userId: number, scope: string | number = ''): Promise<ActionPointCtes> {
  const limit: Limit = actionLimits[action];
  const refuse = (retryMs: number) => {
    const seconds = Math.max(1, Math.ceil(retryMs / 1000));
    return rateLimited(seconds, limit.message(seconds));
  };
  if ((await processLimiterStore()).redis) {
    await consumeActionPoint(db, action, userId, scope);
    return { ctes: [{ name: 'allowed', body: sql`select true as ok, 0 as retry_ms` }], refuse };
  }
  const key = `${userId}:${scope}`;
  const ctes = [{ name: 'point', body: pointUpsert(`act_${action}:${key}`, limit.seconds) }];
  if (!limit.burst) {
    ctes.push({ name: 'allowed', body: sql`select points <= ${limit.points} as ok, greatest(extract(epoch from expire - now()) * 1000, 0) as retry_ms from point` });
    return { ctes, refuse };
  }
  const spent = sql`(select points from point) > ${limit.points}`;
  ctes.push(
    { name: 'burst', body: pointUpsert(`act_${action}_burst:${key}`, limit.burst.seconds, spent) },
    {
      name: 'allowed',
      // BurstyRateLimiter's answer when both are spent: the sooner of the two windows.
      body: sql`select coalesce((select points <= ${limit.burst.points} from burst), true) as ok,
        greatest(extract(epoch from least((select expire from point), (select expire from burst)) - now()) * 1000, 0) as retry_ms`,
    },
  );
  return { ctes, refuse };
}

import { sql, type SQL } from 'drizzle-orm';
import { BurstyRateLimiter } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import type { Cte } from '@/db/ctes';
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

/**
 * The point for `action` taken by the statement that does the action, so a write that is one
 * statement needs no transaction around its limit: the CTEs end in `allowed (ok, retry_ms)` and
 * the write goes ahead only where `ok`. The same rows and arithmetic as consumeActionPoint
 * (rate-limiter-flexible's, the burst's only once the main window is spent), so both draw on one
 * budget. Their values are placeholders (`point_*`, from `takeActionPoint`), so the statement can
 * be prepared once. With Redis as the store there is nothing to write in the database. `when`
 * gates the point (an action its statement refuses for another reason takes none): then `point`
 * and `burst` are empty and `allowed` may be too.
 */
export function actionPointCtes(action: LimitedAction, inDatabase: boolean, when?: SQL): Cte[] {
  if (!inDatabase) return [{ name: 'allowed', body: sql`select true as ok, 0 as retry_ms` }];
  const limit: Limit = actionLimits[action];
  const p = (name: string) => sql.placeholder(`point_${name}`);
  const point = { name: 'point', body: pointUpsert(p('key'), p('seconds'), when) };
  if (!limit.burst) {
    return [point, { name: 'allowed', body: sql`select points <= ${p('points')} as ok, greatest(extract(epoch from expire - now()) * 1000, 0) as retry_ms from point` }];
  }
  return [
    point,
    { name: 'burst', body: pointUpsert(p('burst_key'), p('burst_seconds'), sql`(select points from point) > ${p('points')}`) },
    {
      name: 'allowed',
      // BurstyRateLimiter's answer when both are spent: the sooner of the two windows.
      body: sql`select coalesce((select points <= ${p('burst_points')} from burst), true) as ok,
        greatest(extract(epoch from least((select expire from point), (select expire from burst)) - now()) * 1000, 0) as retry_ms`,
    },
  ];
}

/**
 * The values of `actionPointCtes`' placeholders for this user and scope, and which form of the
 * CTEs applies; with Redis as the store the point is taken from Redis here, first.
 */
export async function takeActionPoint(db: Db, action: LimitedAction, userId: number, scope: string | number = '') {
  const limit: Limit = actionLimits[action];
  if ((await processLimiterStore()).redis) {
    await consumeActionPoint(db, action, userId, scope);
    return { inDatabase: false, values: {} };
  }
  const key = `${userId}:${scope}`;
  const burst = limit.burst && { point_burst_key: `act_${action}_burst:${key}`, point_burst_seconds: limit.burst.seconds, point_burst_points: limit.burst.points };
  return { inDatabase: true, values: { point_key: `act_${action}:${key}`, point_seconds: limit.seconds, point_points: limit.points, ...burst } };
}

/** The 429 for a statement whose `allowed` said no. */
export function actionRefused(action: LimitedAction, retryMs: number) {
  const seconds = Math.max(1, Math.ceil(retryMs / 1000));
  return rateLimited(seconds, (actionLimits[action] as Limit).message(seconds));
}

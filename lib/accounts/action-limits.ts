import { BurstyRateLimiter } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { env } from '@/lib/env';
import { consumeAll, createLimiter, processLimiterStore } from './rate-limiters';

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

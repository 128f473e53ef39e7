import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from '@/lib/core/domain-error';
import { createLimiter, processLimiterStore, type LimiterStore } from './rate-limiters';

const WINDOW_SECONDS = 15 * 60;
/** Wrong passwords tolerated per email, and per IP address, in a 15-minute window. */
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export type LoginThrottle = {
  /** Throws 429 with Retry-After while either the email or the IP is over its limit. */
  assertAllowed(email: string, ip: string): Promise<void>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
};

/** Failed logins, counted in the shared limiter store (lib/accounts/rate-limiters.ts). */
export function createLoginThrottle(store: LimiterStore): LoginThrottle {
  const limiter = (keyPrefix: string, points: number) => createLimiter(store, keyPrefix, points, WINDOW_SECONDS);
  const byEmail = limiter('login_fail_email', MAX_FAILURES_PER_EMAIL);
  const byIp = limiter('login_fail_ip', MAX_FAILURES_PER_IP);
  const emailKey = (email: string) => email.trim().toLowerCase();

  const consume = async (l: RateLimiterAbstract, key: string) => {
    try {
      await l.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
    }
  };

  return {
    async assertAllowed(email, ip) {
      const [e, i] = await Promise.all([byEmail.get(emailKey(email)), byIp.get(ip)]);
      const blocked = [
        [e, MAX_FAILURES_PER_EMAIL],
        [i, MAX_FAILURES_PER_IP],
      ].filter(([res, max]) => res && (res as RateLimiterRes).consumedPoints >= (max as number));
      if (blocked.length) {
        const ms = Math.max(...blocked.map(([res]) => (res as RateLimiterRes).msBeforeNext));
        throw rateLimited(Math.max(1, Math.ceil(ms / 1000)), '로그인 시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.');
      }
    },
    async recordFailure(email, ip) {
      await Promise.all([consume(byEmail, emailKey(email)), consume(byIp, ip)]);
    },
    async recordSuccess(email) {
      await byEmail.delete(emailKey(email));
    },
  };
}

/** The throttle over this process's database (and Redis when REDIS_URL is set). */
export const processLoginThrottle = async () => createLoginThrottle(await processLimiterStore());

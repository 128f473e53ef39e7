import { consumeAll, createLimiter, processLimiterStore, type LimiterStore } from './rate-limiters';

const WINDOW_SECONDS = 15 * 60;
/** Reset mails asked for one address, and from one IP address, in 15 minutes. */
export const MAX_RESETS_PER_EMAIL = 3;
export const MAX_RESETS_PER_IP = 20;
/** Verification mails one account can ask for in 15 minutes. */
export const MAX_VERIFICATIONS_PER_USER = 3;

export type MailThrottle = {
  /** Counts the request whether or not the address has an account (no enumeration). */
  passwordReset(email: string, ip: string): Promise<void>;
  verification(userId: number): Promise<void>;
};

export function createMailThrottle(store: LimiterStore): MailThrottle {
  const resetByEmail = createLimiter(store, 'reset_email', MAX_RESETS_PER_EMAIL, WINDOW_SECONDS);
  const resetByIp = createLimiter(store, 'reset_ip', MAX_RESETS_PER_IP, WINDOW_SECONDS);
  const verifyByUser = createLimiter(store, 'verify_user', MAX_VERIFICATIONS_PER_USER, WINDOW_SECONDS);
  return {
    passwordReset: (email, ip) =>
      consumeAll(
        [
          [resetByEmail, email.trim().toLowerCase()],
          [resetByIp, ip],
        ],
        '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.',
      ),
    verification: (userId) =>
      consumeAll([[verifyByUser, String(userId)]], '인증 메일을 너무 자주 요청했습니다. 잠시 후 다시 시도해 주세요.'),
  };
}

export const processMailThrottle = async () => createMailThrottle(await processLimiterStore());

import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { DomainError, unauthenticated } from '@/lib/core/domain-error';
import { withConfiguredRole } from '@/lib/accounts/admin-emails';
import type { LoginThrottle } from './login-throttle';
import { upgradePasswordHash } from './mutations';
import { verifyAgainstDummy, verifyPassword } from './password';
import { findUserByEmail } from './queries';
import type { Credentials } from './schema';

/**
 * Checks email and password under the login throttle. A deleted account with the right
 * password is told so (403, reason "account_deleted") so the person can restore it;
 * anything else wrong is the same 401, whether or not the email exists. The throttle answers
 * before any hashing, so a blocked email or address never takes a place in the hashing queue
 * (lib/accounts/password.ts); a full queue is 503 with Retry-After.
 */
export async function authenticate(
  db: Db,
  throttle: LoginThrottle,
  { email, password, ip }: Credentials & { ip: string },
): Promise<User> {
  await throttle.assertAllowed(email, ip);
  const user = await findUserByEmail(db, email);
  // Accounts without a password (Kakao only) fail like unknown emails, after the same work.
  const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !ok) {
    await throttle.recordFailure(email, ip);
    throw unauthenticated('이메일 또는 비밀번호가 올바르지 않습니다.');
  }
  await throttle.recordSuccess(email);
  await upgradePasswordHash(db, user, password);
  if (!user.isActive) {
    throw new DomainError('forbidden', '탈퇴한 계정입니다. 30일 이내라면 계정을 복구할 수 있습니다.', {
      reason: 'account_deleted',
    });
  }
  if (user.bannedAt) throw new DomainError('forbidden', '운영 정책 위반으로 이용이 제한된 계정입니다.', { reason: 'banned' });
  return withConfiguredRole(db, user);
}

import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recordEvent } from '@/lib/events/record';
import { userRevoked } from './events';
import { users, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { DomainError } from '@/lib/core/domain-error';
import type { Mailer } from '@/lib/mail/mailer';
import { passwordResetMail } from '@/lib/mail/templates';
import { consumeToken, findLiveToken, issueAccountToken, retireTokens } from './account-tokens';
import { hashPassword } from './password';
import { findUserByEmail } from './queries';
import { revokeAllRefreshTokens } from './tokens';

export const invalidResetToken = () =>
  new DomainError('invalid', '비밀번호 재설정 링크가 만료되었거나 이미 사용되었습니다. 다시 요청해 주세요.', {
    reason: 'invalid_token',
    fields: { token: ['링크가 만료되었거나 이미 사용되었습니다.'] },
  });

/**
 * Mails a reset link when the address belongs to an active account, and silently does
 * nothing otherwise: the caller runs this after answering, so both cases look the same.
 */
export async function sendPasswordResetMail(
  db: Db,
  mailer: Mailer,
  { email, origin }: { email: string; origin: string },
  clock: Clock = systemClock,
) {
  const user = await findUserByEmail(db, email);
  if (!user?.isActive) return false;
  const token = await issueAccountToken(db, { userId: user.id, purpose: 'password_reset', email: user.email, now: clock() });
  await mailer.send(passwordResetMail({ to: user.email, username: user.username, link: `${origin}/reset-password/${token}` }));
  return true;
}

/**
 * Sets the new password from a reset link. The link is single-use (consumed by a conditional
 * UPDATE in the same transaction as the password), and every session, access token, refresh
 * token and socket of the account ends. Following the link also proves the mailbox, so an
 * unverified address becomes verified.
 */
export async function resetPassword(
  db: Db,
  { token, newPassword }: { token: string; newPassword: string },
  clock: Clock = systemClock,
): Promise<User> {
  // Checked before hashing, so bad links cost no place in the hashing queue.
  if (!(await findLiveToken(db, token, 'password_reset', clock()))) throw invalidResetToken();
  const passwordHash = await hashPassword(newPassword);
  const now = clock();
  const reset = await db.transaction(async (tx) => {
    const used = await consumeToken(tx, token, 'password_reset', now);
    if (!used) throw invalidResetToken();
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        tokenVersion: sql`${users.tokenVersion} + 1`,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, case when lower(${users.email}) = ${used.email} then ${now.toISOString()}::timestamptz end)`,
        updatedAt: now,
      })
      .where(and(eq(users.id, used.userId), eq(users.isActive, true)))
      .returning();
    if (!user) throw invalidResetToken();
    await retireTokens(tx, user.id, 'password_reset', now);
    await revokeAllRefreshTokens(tx, user.id, now);
    await recordEvent(tx, userRevoked(user.id));
    return user;
  });
  return reset;
}

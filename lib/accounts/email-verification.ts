import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recordEvent } from '@/lib/events/record';
import { userChanged } from './events';
import { users } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, DomainError, notFound } from '@/lib/core/domain-error';
import type { Mailer } from '@/lib/mail/mailer';
import { verificationMail } from '@/lib/mail/templates';
import { findLiveToken, issueAccountToken } from './account-tokens';

/** Mails a verification link for the account's current address; 409 if it is already verified. */
export async function sendVerificationMail(
  db: Db,
  mailer: Mailer,
  { userId, origin }: { userId: number; origin: string },
  clock: Clock = systemClock,
) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.isActive, true)))
    .limit(1);
  if (!user) throw notFound('사용자를 찾을 수 없습니다.');
  if (user.emailVerifiedAt) throw conflict('이미 인증된 이메일입니다.', undefined, 'already_verified');
  const token = await issueAccountToken(db, { userId, purpose: 'email_verification', email: user.email, now: clock() });
  await mailer.send(verificationMail({ to: user.email, username: user.username, link: `${origin}/verify-email/${token}` }));
}

/**
 * Marks the address verified. A link counts only while its address is still the account's
 * email (an email change makes older links useless). Following a link again within its
 * lifetime is harmless and answers the same, so mail scanners that open links do no damage.
 */
export async function verifyEmail(db: Db, { token }: { token: string }, clock: Clock = systemClock) {
  const now = clock();
  const invalid = new DomainError('invalid', '인증 링크가 만료되었거나 올바르지 않습니다. 인증 메일을 다시 받아 주세요.', {
    reason: 'invalid_token',
    fields: { token: ['링크가 만료되었거나 올바르지 않습니다.'] },
  });
  const row = await findLiveToken(db, token, 'email_verification', now);
  if (!row) throw invalid;
  await db.transaction(async (tx) => {
    const verified = await tx
      .update(users)
      .set({ emailVerifiedAt: now })
      .where(and(eq(users.id, row.userId), isNull(users.emailVerifiedAt), eq(sql`lower(${users.email})`, row.email)))
      .returning({ id: users.id });
    if (verified.length) await recordEvent(tx, userChanged(row.userId));
  });
  const [user] = await db
    .select({ id: users.id, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(and(eq(users.id, row.userId), eq(users.isActive, true), eq(sql`lower(${users.email})`, row.email)))
    .limit(1);
  if (!user?.emailVerifiedAt) throw invalid;
  return { userId: user.id, emailVerifiedAt: user.emailVerifiedAt };
}

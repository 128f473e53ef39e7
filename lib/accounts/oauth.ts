import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recordEvent } from '@/lib/events/record';
import { userChanged } from './events';
import { oauthAccounts, oauthSignups, users, type OauthSignup, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, DomainError, fieldError } from '@/lib/core/domain-error';
import { isUniqueViolation, pgConstraint } from '@/lib/core/pg-errors';
import { authenticate } from './authenticate';
import type { LoginThrottle } from './login-throttle';
import { assertNeighbourhoodExists } from './mutations';
import { findUserByEmail } from './queries';
import type { CompleteOAuthSignupInput } from './schema';

/** How long a first Kakao login may take to pick a neighbourhood before it must start over. */
export const OAUTH_SIGNUP_TTL_MS = 60 * 60_000;

/** What Kakao told us; the email only when Kakao says it is verified. */
export type OAuthProfile = {
  provider: string;
  providerAccountId: string;
  email: string | null;
  nickname: string | null;
};

export type OAuthLogin = { kind: 'user'; user: User } | { kind: 'signup'; signupId: string } | { kind: 'deleted' };

/**
 * A linked identity signs its user in. An unknown one becomes (or refreshes) a pending
 * signup: it is not a user until the person chooses a neighbourhood, or proves by password
 * that an existing account with the same email is theirs.
 */
export async function resolveOAuthLogin(db: Db, profile: OAuthProfile, clock: Clock = systemClock): Promise<OAuthLogin> {
  const [linked] = await db
    .select({ user: users })
    .from(oauthAccounts)
    .innerJoin(users, eq(users.id, oauthAccounts.userId))
    .where(and(eq(oauthAccounts.provider, profile.provider), eq(oauthAccounts.providerAccountId, profile.providerAccountId)))
    .limit(1);
  if (linked) return linked.user.isActive ? { kind: 'user', user: linked.user } : { kind: 'deleted' };
  const values = {
    email: profile.email?.toLowerCase() ?? null,
    emailVerified: profile.email !== null,
    nickname: profile.nickname,
    expiresAt: new Date(clock().getTime() + OAUTH_SIGNUP_TTL_MS),
  };
  const [signup] = await db
    .insert(oauthSignups)
    .values({ provider: profile.provider, providerAccountId: profile.providerAccountId, ...values })
    .onConflictDoUpdate({ target: [oauthSignups.provider, oauthSignups.providerAccountId], set: values })
    .returning({ id: oauthSignups.id });
  return { kind: 'signup', signupId: signup!.id };
}

export type PendingSignup = Pick<OauthSignup, 'id' | 'provider' | 'email' | 'nickname'> & {
  /** An account already uses Kakao's email: offer linking it by password. */
  existingAccount: boolean;
};

export async function getOAuthSignup(db: Db, signupId: string, clock: Clock = systemClock): Promise<PendingSignup | null> {
  const [signup] = await db
    .select()
    .from(oauthSignups)
    .where(and(eq(oauthSignups.id, signupId), gt(oauthSignups.expiresAt, clock())))
    .limit(1);
  if (!signup) return null;
  const existing = signup.email ? await findUserByEmail(db, signup.email) : undefined;
  const { id, provider, email, nickname } = signup;
  return { id, provider, email, nickname, existingAccount: Boolean(existing) };
}

const signupExpired = () =>
  new DomainError('not_found', '카카오 로그인 정보가 만료되었습니다. 카카오로 다시 시작해 주세요.', { reason: 'signup_expired' });

/** Takes the pending signup out (inside the caller's transaction), so it can be used once. */
async function takeSignup(tx: Db, signupId: string, now: Date) {
  const [signup] = await tx
    .delete(oauthSignups)
    .where(and(eq(oauthSignups.id, signupId), gt(oauthSignups.expiresAt, now)))
    .returning();
  if (!signup) throw signupExpired();
  return signup;
}

function signupConflict(error: unknown): never {
  if (isUniqueViolation(error)) {
    const constraint = pgConstraint(error) ?? '';
    if (constraint.includes('users_email')) {
      throw conflict('이미 가입된 이메일입니다. 비밀번호로 기존 계정에 연결하거나 다른 이메일을 써 주세요.', { email: ['이미 가입된 이메일입니다.'] }, 'duplicate_email');
    }
    if (constraint.includes('users_username')) {
      throw conflict('이미 사용 중인 닉네임입니다.', { username: ['이미 사용 중인 닉네임입니다.'] }, 'duplicate_username');
    }
    if (constraint.includes('oauth_accounts')) throw conflict('이미 연결된 카카오 계정입니다.', undefined, 'already_linked');
  }
  throw error;
}

/**
 * Makes the user: the neighbourhood is required, the email comes from Kakao (verified there,
 * so verified here) or from the form (unverified until its link is followed).
 */
export async function completeOAuthSignup(
  db: Db,
  signupId: string,
  input: CompleteOAuthSignupInput,
  clock: Clock = systemClock,
): Promise<User> {
  await assertNeighbourhoodExists(db, input.neighbourhoodCode);
  const now = clock();
  return db
    .transaction(async (tx) => {
      const signup = await takeSignup(tx, signupId, now);
      // The form's address wins (someone whose Kakao email is taken may use another one).
      const email = input.email ?? signup.email;
      if (!email) throw fieldError('email', '이메일을 입력해 주세요.');
      const [user] = await tx
        .insert(users)
        .values({
          email,
          username: input.username,
          passwordHash: null,
          neighbourhoodCode: input.neighbourhoodCode,
          emailVerifiedAt: signup.emailVerified && email === signup.email ? now : null,
        })
        .returning();
      await tx.insert(oauthAccounts).values({ provider: signup.provider, providerAccountId: signup.providerAccountId, userId: user!.id });
      return user!;
    })
    .catch(signupConflict);
}

/**
 * Links the Kakao identity to the existing account with Kakao's (verified) email, once the
 * person signs in to that account by password (under the login throttle).
 */
export async function linkOAuthSignup(
  db: Db,
  throttle: LoginThrottle,
  signupId: string,
  { password, ip }: { password: string; ip: string },
  clock: Clock = systemClock,
): Promise<User> {
  const pending = await getOAuthSignup(db, signupId, clock);
  if (!pending) throw signupExpired();
  if (!pending.email || !pending.existingAccount) {
    throw conflict('연결할 기존 계정이 없습니다.', undefined, 'nothing_to_link');
  }
  const user = await authenticate(db, throttle, { email: pending.email, password, ip });
  const now = clock();
  const linked = await db
    .transaction(async (tx) => {
      const signup = await takeSignup(tx, signupId, now);
      await tx.insert(oauthAccounts).values({ provider: signup.provider, providerAccountId: signup.providerAccountId, userId: user.id });
      const [updated] = await tx
        .update(users)
        .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
        .where(eq(users.id, user.id))
        .returning();
      await recordEvent(tx, userChanged(user.id));
      return updated!;
    })
    .catch(signupConflict);
  return linked;
}

/** Sweeper job: first logins abandoned before choosing a neighbourhood. */
export const deleteExpiredOAuthSignups = (db: Db, now: Date) => db.delete(oauthSignups).where(lt(oauthSignups.expiresAt, now));

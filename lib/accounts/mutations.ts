import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoods, users, type User } from '@/db/schema';
import { recordEvent } from '@/lib/events/record';
import { userChanged, userRevoked } from './events';
import type { Clock } from '@/lib/core/clock';
import { systemClock } from '@/lib/core/clock';
import { conflict, DomainError, fieldError, unauthenticated } from '@/lib/core/domain-error';
import { isUniqueViolation, pgConstraint } from '@/lib/core/pg-errors';
import type { LoginThrottle } from './login-throttle';
import { changeNeighbourhood } from './neighbourhood-change';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { findUserByEmail, getMe } from './queries';
import type { ChangePasswordInput, Credentials, Me, SetPasswordInput, SignUpInput, UpdateMeInput } from './schema';
import { revokeAllRefreshTokens } from './tokens';

export const RESTORE_WINDOW_DAYS = 30;

export async function assertNeighbourhoodExists(db: Db, code: string) {
  const [row] = await db.select({ code: neighbourhoods.code }).from(neighbourhoods).where(eq(neighbourhoods.code, code));
  if (!row) throw fieldError('neighbourhoodCode', '존재하지 않는 동네입니다.');
}

/** Unique-index violations on email or username become 409s naming the field. */
function duplicateToConflict(error: unknown): never {
  if (isUniqueViolation(error)) {
    const constraint = pgConstraint(error) ?? '';
    if (constraint.includes('email')) {
      throw conflict('이미 가입된 이메일입니다.', { email: ['이미 가입된 이메일입니다.'] }, 'duplicate_email');
    }
    if (constraint.includes('username')) {
      throw conflict('이미 사용 중인 닉네임입니다.', { username: ['이미 사용 중인 닉네임입니다.'] }, 'duplicate_username');
    }
  }
  throw error;
}

export async function signUp(db: Db, input: SignUpInput): Promise<Me> {
  await assertNeighbourhoodExists(db, input.neighbourhoodCode);
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ email: input.email, username: input.username, passwordHash, neighbourhoodCode: input.neighbourhoodCode })
    .returning()
    .catch(duplicateToConflict);
  return getMe(db, user!.id);
}

/**
 * A changed email is unverified until its link is followed (the route mails it). With a
 * password set, changing the email asks for it: otherwise a borrowed session could move the
 * account to another mailbox and take it over through a password reset.
 */
export async function updateMe(db: Db, userId: number, input: UpdateMeInput, clock: Clock = systemClock): Promise<Me> {
  const { email, currentPassword, neighbourhoodCode, ...profile } = input;
  if (neighbourhoodCode) await assertNeighbourhoodExists(db, neighbourhoodCode);
  const changes: Partial<typeof users.$inferInsert> = { ...profile };
  if (email !== undefined) {
    const [current] = await db.select().from(users).where(and(eq(users.id, userId), eq(users.isActive, true)));
    if (!current) throw unauthenticated();
    if (current.email.toLowerCase() !== email) {
      if (current.passwordHash) {
        if (!currentPassword) throw fieldError('currentPassword', '이메일을 바꾸려면 현재 비밀번호를 입력해 주세요.');
        if (!(await verifyPassword(currentPassword, current.passwordHash))) {
          throw fieldError('currentPassword', '비밀번호가 올바르지 않습니다.');
        }
      }
      Object.assign(changes, { email, emailVerifiedAt: null });
    }
  }
  if (Object.keys(changes).length || neighbourhoodCode) {
    const now = clock();
    await db
      .transaction(async (tx) => {
        if (neighbourhoodCode) await changeNeighbourhood(tx, userId, neighbourhoodCode, now);
        await tx
          .update(users)
          .set({ ...changes, updatedAt: now })
          .where(and(eq(users.id, userId), eq(users.isActive, true)));
        await recordEvent(tx, userChanged(userId));
      })
      .catch(duplicateToConflict);
  }
  return getMe(db, userId);
}

async function activeUserWithPassword(db: Db, userId: number, password: string, field: string) {
  const [user] = await db.select().from(users).where(and(eq(users.id, userId), eq(users.isActive, true)));
  if (!user) throw unauthenticated();
  if (!user.passwordHash) throw fieldError(field, '비밀번호가 아직 없습니다. 먼저 비밀번호를 설정해 주세요.');
  if (!(await verifyPassword(password, user.passwordHash))) throw fieldError(field, '비밀번호가 올바르지 않습니다.');
  return user;
}

/**
 * After a successful sign-in with a hash made under older settings (scrypt, or weaker
 * argon2id), stores a fresh one. Conditional on the old hash, so a password changed meanwhile
 * stays; a busy hashing queue skips it (the next sign-in tries again) rather than failing it.
 */
export async function upgradePasswordHash(db: Db, user: Pick<User, 'id' | 'passwordHash'>, password: string) {
  if (!user.passwordHash || !needsRehash(user.passwordHash)) return;
  const passwordHash = await hashPassword(password).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'unavailable') return null;
    throw error;
  });
  if (!passwordHash) return;
  const previous = user.passwordHash;
  await db.transaction(async (tx) => {
    const [upgraded] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, previous)))
      .returning({ id: users.id });
    if (upgraded) await recordEvent(tx, userChanged(user.id));
  });
}

/** First password of an account made through Kakao; 409 once one exists (change it instead). */
export async function setPassword(db: Db, userId: number, input: SetPasswordInput, clock: Clock = systemClock): Promise<Me> {
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: clock() })
      .where(and(eq(users.id, userId), eq(users.isActive, true), isNull(users.passwordHash)))
      .returning({ id: users.id });
    if (!row) throw conflict('이미 비밀번호가 있습니다. 비밀번호 변경을 이용해 주세요.', undefined, 'password_already_set');
    await recordEvent(tx, userChanged(userId));
    return row;
  });
  return getMe(db, updated.id);
}

/** Bumps tokenVersion: every other session, access token, refresh token and socket ends. */
export async function changePassword(
  db: Db,
  userId: number,
  input: ChangePasswordInput,
  clock: Clock = systemClock,
): Promise<User> {
  await activeUserWithPassword(db, userId, input.currentPassword, 'currentPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock();
  const user = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: now })
      .where(eq(users.id, userId))
      .returning();
    await revokeAllRefreshTokens(tx, userId, now);
    await recordEvent(tx, userRevoked(userId));
    return updated!;
  });
  return user;
}

/** Logout everywhere: the same revocation as a password change, without changing it. */
export async function revokeAllSessions(db: Db, userId: number, clock: Clock = systemClock) {
  const now = clock();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
      .where(eq(users.id, userId));
    await revokeAllRefreshTokens(tx, userId, now);
    await recordEvent(tx, userRevoked(userId));
  });
}

/** Soft delete: content stays (shown as "탈퇴한 사용자"), the account can be restored for 30 days. */
export async function deleteAccount(db: Db, userId: number, { password }: { password: string }, clock: Clock = systemClock) {
  await activeUserWithPassword(db, userId, password, 'password');
  const now = clock();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ isActive: false, deletedAt: now, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: now })
      .where(eq(users.id, userId));
    await revokeAllRefreshTokens(tx, userId, now);
    await recordEvent(tx, userRevoked(userId));
  });
}

export async function restoreAccount(
  db: Db,
  throttle: LoginThrottle,
  { email, password, ip }: Credentials & { ip: string },
  clock: Clock = systemClock,
): Promise<Me> {
  await throttle.assertAllowed(email, ip);
  const user = await findUserByEmail(db, email);
  if (!user?.passwordHash || !(await verifyPassword(password, user.passwordHash))) {
    await throttle.recordFailure(email, ip);
    throw unauthenticated('이메일 또는 비밀번호가 올바르지 않습니다.');
  }
  await throttle.recordSuccess(email);
  await upgradePasswordHash(db, user, password);
  if (user.isActive) throw conflict('탈퇴하지 않은 계정입니다. 로그인해 주세요.', undefined, 'account_active');
  const now = clock();
  const deadline = new Date(now.getTime() - RESTORE_WINDOW_DAYS * 86_400_000);
  // The window is checked in the UPDATE itself, so a restore racing the deadline can't slip through.
  const [restored] = await db
    .update(users)
    .set({ isActive: true, deletedAt: null, updatedAt: now })
    .where(and(eq(users.id, user.id), eq(users.isActive, false), gt(users.deletedAt, deadline)))
    .returning({ id: users.id });
  if (!restored) {
    throw conflict(`탈퇴 후 ${RESTORE_WINDOW_DAYS}일이 지나 복구할 수 없습니다.`, undefined, 'restore_expired');
  }
  return getMe(db, restored.id);
}

import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accountTokens, type AccountTokenPurpose } from '@/db/schema';

export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
export const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60_000;

const ttl: Record<AccountTokenPurpose, number> = {
  password_reset: PASSWORD_RESET_TTL_MS,
  email_verification: EMAIL_VERIFICATION_TTL_MS,
};

export const hashAccountToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A random link token; only its sha-256 is stored, so a database leak reveals no usable link. */
export async function issueAccountToken(
  db: Db,
  { userId, purpose, email, now }: { userId: number; purpose: AccountTokenPurpose; email: string; now: Date },
) {
  const token = randomBytes(32).toString('base64url');
  await db.insert(accountTokens).values({
    userId,
    purpose,
    email: email.toLowerCase(),
    tokenHash: hashAccountToken(token),
    expiresAt: new Date(now.getTime() + ttl[purpose]),
  });
  return token;
}

/** This token, of this purpose, not used and not expired. */
const isLive = (token: string, purpose: AccountTokenPurpose, now: Date) =>
  and(eq(accountTokens.tokenHash, hashAccountToken(token)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now));

/** The unexpired, unused token of this purpose, or undefined. */
export async function findLiveToken(db: Db, token: string, purpose: AccountTokenPurpose, now: Date) {
  const [row] = await db
    .select()
    .from(accountTokens)
    .where(isLive(token, purpose, now))
    .limit(1);
  return row;
}

/** Marks the token used in one conditional UPDATE: of two concurrent uses exactly one gets the row. */
export async function consumeToken(db: Db, token: string, purpose: AccountTokenPurpose, now: Date) {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(isLive(token, purpose, now))
    .returning();
  return row;
}

/** Every other outstanding link of that purpose stops working (after a reset, or an email change). */
export const retireTokens = (db: Db, userId: number, purpose: AccountTokenPurpose, now: Date) =>
  db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));

/** Sweeper job: expired links, and used ones a day later. */
export const deleteStaleAccountTokens = (db: Db, now: Date) =>
  db
    .delete(accountTokens)
    .where(or(lt(accountTokens.expiresAt, now), lt(accountTokens.usedAt, new Date(now.getTime() - 86_400_000))));

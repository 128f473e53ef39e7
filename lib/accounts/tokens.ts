import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { refreshTokens, type User } from '@/db/schema';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '@/lib/accounts/access-token';
import { rememberFamilyAlive } from '@/lib/accounts/token-families';
import { recordEvent } from '@/lib/events/record';
import { familyRevoked } from './events';
import { unauthenticated } from '@/lib/core/domain-error';
import { findActiveUser } from './queries';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** An access JWT (15 min) and an opaque refresh token; only the refresh token's hash is stored. */
export async function issueTokens(db: Db, user: User, { familyId = randomUUID() as string, now = new Date() } = {}) {
  const refreshToken = randomBytes(32).toString('base64url');
  await db.insert(refreshTokens).values({
    userId: user.id,
    familyId,
    tokenHash: hashToken(refreshToken),
    tokenVersion: user.tokenVersion,
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
  });
  rememberFamilyAlive(familyId);
  const accessToken = await signAccessToken({ userId: user.id, tokenVersion: user.tokenVersion, familyId }, now);
  return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' as const };
}

/** Its access tokens stop working too: every process forgets the family (lib/accounts/token-families.ts). */
async function revokeFamily(db: Db, familyId: string, now: Date) {
  await db.transaction(async (tx) => {
    await tx
      .update(refreshTokens)
      .set({ revokedAt: now })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    await recordEvent(tx, familyRevoked(familyId));
  });
}

/**
 * Rotation: the presented token is marked used by one conditional UPDATE, so of two
 * concurrent refreshes exactly one wins. Presenting an already-rotated token means it was
 * copied: the whole family (every token descended from that login) is revoked.
 */
export async function rotateRefreshToken(db: Db, token: string, now = new Date()) {
  const tokenHash = hashToken(token);
  const [current] = await db
    .update(refreshTokens)
    .set({ rotatedAt: now })
    .where(
      and(
        eq(refreshTokens.tokenHash, tokenHash),
        isNull(refreshTokens.rotatedAt),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, now),
      ),
    )
    .returning();
  if (!current) {
    const [known] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).limit(1);
    if (known?.rotatedAt) await revokeFamily(db, known.familyId, now);
    throw unauthenticated('리프레시 토큰이 만료되었거나 올바르지 않습니다.');
  }
  const user = await findActiveUser(db, current.userId);
  if (!user || user.tokenVersion !== current.tokenVersion) {
    await revokeFamily(db, current.familyId, now);
    throw unauthenticated('리프레시 토큰이 만료되었거나 올바르지 않습니다.');
  }
  return { user, tokens: await issueTokens(db, user, { familyId: current.familyId, now }) };
}

/** Logout of one API client: its whole family goes. Unknown tokens are ignored (idempotent). */
export async function revokeRefreshToken(db: Db, token: string, now = new Date()) {
  const [known] = await db
    .select({ familyId: refreshTokens.familyId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (known) await revokeFamily(db, known.familyId, now);
}

export const revokeAllRefreshTokens = (db: Db, userId: number, now = new Date()) =>
  db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));

/** Sweeper job: rows past expiry, or revoked/rotated a day ago, serve no purpose. */
export const deleteStaleRefreshTokens = (db: Db, now = new Date()) =>
  db
    .delete(refreshTokens)
    .where(
      or(
        lt(refreshTokens.expiresAt, now),
        lt(refreshTokens.revokedAt, new Date(now.getTime() - 86_400_000)),
        lt(refreshTokens.rotatedAt, new Date(now.getTime() - REFRESH_TOKEN_TTL_MS)),
      ),
    );

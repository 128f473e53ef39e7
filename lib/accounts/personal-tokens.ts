import { createHash, randomBytes } from 'node:crypto';
import { and, count, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { personalAccessTokens, users, type PersonalAccessToken } from '@/db/schema';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { transact } from '@/lib/core/transact';
import { scopesAllow } from '@/lib/core/scopes';
import type { z } from '@/lib/core/zod';
import { PERSONAL_TOKEN_PREFIX, type createPersonalTokenBody, type PersonalTokenView } from './personal-token-schema';
export const MAX_PERSONAL_TOKENS = 20;
/** last_used_at is written at most this often per token: not a write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;


export const hashPersonalToken = (token: string) => createHash('sha256').update(token).digest('hex');

const toView = (t: PersonalAccessToken): PersonalTokenView => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes,
  expiresAt: t.expiresAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  createdAt: t.createdAt.toISOString(),
});

/**
 * A new token with the scopes asked for. A caller that is itself a personal token may only hand
 * on scopes it holds (no token widens its own reach). At most 20 per user.
 */
export async function createPersonalToken(
  db: Db,
  userId: number,
  input: z.infer<typeof createPersonalTokenBody>,
  callerScopes: readonly string[] | undefined,
  now = new Date(),
) {
  if (callerScopes) {
    const beyond = input.scopes.filter((s) => !scopesAllow(callerScopes, s));
    if (beyond.length) throw forbidden(`이 토큰에 없는 권한은 줄 수 없습니다: ${beyond.join(', ')}`);
  }
  const token = `${PERSONAL_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return transact(db, async (tx) => {
    // The owner's row first, so two creations at once count one after the other.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
    const [{ n }] = (await tx.select({ n: count() }).from(personalAccessTokens).where(eq(personalAccessTokens.userId, userId))) as [{ n: number }];
    if (n >= MAX_PERSONAL_TOKENS) throw conflict(`개인 액세스 토큰은 ${MAX_PERSONAL_TOKENS}개까지 만들 수 있습니다.`, undefined, 'token_limit');
    const [row] = await tx
      .insert(personalAccessTokens)
      .values({
        userId,
        name: input.name,
        tokenHash: hashPersonalToken(token),
        prefix: token.slice(0, PERSONAL_TOKEN_PREFIX.length + 6),
        scopes: input.scopes,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
        createdAt: now,
      })
      .returning();
    return { ...toView(row!), token };
  });
}

export async function listPersonalTokens(db: Db, userId: number) {
  const rows = await db.select().from(personalAccessTokens).where(eq(personalAccessTokens.userId, userId)).orderBy(desc(personalAccessTokens.id));
  return { items: rows.map(toView) };
}

export async function revokePersonalToken(db: Db, userId: number, id: number) {
  const gone = await db
    .delete(personalAccessTokens)
    .where(and(eq(personalAccessTokens.id, id), eq(personalAccessTokens.userId, userId)))
    .returning({ id: personalAccessTokens.id });
  if (!gone.length) throw notFound('토큰을 찾을 수 없습니다.');
}

/** The live token behind a presented secret (not expired), stamping its last use; null when unknown. */
export async function findPersonalToken(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select()
    .from(personalAccessTokens)
    .where(and(eq(personalAccessTokens.tokenHash, hashPersonalToken(token)), or(isNull(personalAccessTokens.expiresAt), gt(personalAccessTokens.expiresAt, now))));
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db
      .update(personalAccessTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(personalAccessTokens.id, row.id), or(isNull(personalAccessTokens.lastUsedAt), lt(personalAccessTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)))));
  }
  return row;
}

export async function getPersonalToken(db: Db, userId: number, id: number) {
  const [row] = await db.select().from(personalAccessTokens).where(and(eq(personalAccessTokens.id, id), eq(personalAccessTokens.userId, userId)));
  if (!row) throw notFound('토큰을 찾을 수 없습니다.');
  return toView(row);
}

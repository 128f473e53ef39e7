import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { refreshTokens, users } from '@/db/schema';
import { verifyAccessToken } from '@/lib/accounts/access-token';
import { forgetFamilyLocally, isFamilyAlive } from '@/lib/accounts/token-families';
import { createUser } from '@/tests/support/factories';
import { issueTokens, REFRESH_TOKEN_TTL_MS, revokeRefreshToken, rotateRefreshToken } from './tokens';

describe('tokens', () => {
  it('issues a 15-minute access token and stores only the refresh token hash', async () => {
    const user = await createUser();
    const t = await issueTokens(getDb(), user);
    expect(t.expiresIn).toBe(900);
    expect(await verifyAccessToken(t.accessToken)).toEqual({ userId: user.id, tokenVersion: 0, familyId: expect.any(String) });
    const [row] = await getDb().select().from(refreshTokens);
    expect(row!.tokenHash).not.toBe(t.refreshToken);
    expect(row!.tokenHash).toHaveLength(64);
  });

  it('rejects an expired access token', async () => {
    const user = await createUser();
    const t = await issueTokens(getDb(), user, { now: new Date(Date.now() - 16 * 60_000) });
    expect(await verifyAccessToken(t.accessToken)).toBeNull();
  });

  it('rotates: the new refresh token works, the old one is then a reuse that revokes the family', async () => {
    const user = await createUser();
    const first = await issueTokens(getDb(), user);
    const { tokens: second } = await rotateRefreshToken(getDb(), first.refreshToken);
    const { tokens: third } = await rotateRefreshToken(getDb(), second.refreshToken);

    await expect(rotateRefreshToken(getDb(), first.refreshToken)).rejects.toMatchObject({ code: 'unauthenticated' });
    // The legitimate holder of the newest token is logged out too: the family was stolen.
    await expect(rotateRefreshToken(getDb(), third.refreshToken)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('lets exactly one of two concurrent refreshes with one token win', async () => {
    const user = await createUser();
    const t = await issueTokens(getDb(), user);
    const results = await Promise.allSettled([
      rotateRefreshToken(getDb(), t.refreshToken),
      rotateRefreshToken(getDb(), t.refreshToken),
      rotateRefreshToken(getDb(), t.refreshToken),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses expired refresh tokens and tokens from before a tokenVersion bump', async () => {
    const user = await createUser();
    const old = await issueTokens(getDb(), user, { now: new Date(Date.now() - REFRESH_TOKEN_TTL_MS - 1000) });
    await expect(rotateRefreshToken(getDb(), old.refreshToken)).rejects.toMatchObject({ code: 'unauthenticated' });

    const t = await issueTokens(getDb(), user);
    await getDb().update(users).set({ tokenVersion: 1 }).where(eq(users.id, user.id));
    await expect(rotateRefreshToken(getDb(), t.refreshToken)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('logs out by revoking the family; unknown tokens are ignored', async () => {
    const user = await createUser();
    const t = await issueTokens(getDb(), user);
    await revokeRefreshToken(getDb(), t.refreshToken);
    await revokeRefreshToken(getDb(), 'never-issued');
    await expect(rotateRefreshToken(getDb(), t.refreshToken)).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('family revocation across processes', () => {
  it('a process answers from its cache until told the family was revoked elsewhere', async () => {
    const user = await createUser();
    const t = await issueTokens(getDb(), user);
    const { familyId } = (await verifyAccessToken(t.accessToken))!;
    expect(await isFamilyAlive(getDb(), familyId!)).toBe(true);
    // Revoked by another process: this one only learns it through the adapter's message.
    await getDb().update(refreshTokens).set({ revokedAt: new Date() }).where(eq(refreshTokens.familyId, familyId!));
    expect(await isFamilyAlive(getDb(), familyId!)).toBe(true);
    forgetFamilyLocally(familyId!);
    expect(await isFamilyAlive(getDb(), familyId!)).toBe(false);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { refreshTokens, users } from '@/db/schema';
import { createUser, PASSWORD, YONGDAM2, CHEONGUN } from '@/tests/support/factories';
import { createLoginThrottle } from './login-throttle';
import { changePassword, deleteAccount, restoreAccount, signUp, updateMe } from './mutations';
import { getProfile, searchUsers } from './queries';
import { issueTokens } from './tokens';
import { verifyPassword } from './password';

const input = (over: Partial<Parameters<typeof signUp>[1]> = {}) => ({
  email: 'new@dongne.test',
  username: '새이웃',
  password: 'abcd1234',
  passwordConfirm: 'abcd1234',
  neighbourhoodCode: YONGDAM2,
  ...over,
});
const throttle = () => createLoginThrottle({ db: getDb() });
const DAY = 86_400_000;

describe('sign up', () => {
  it('creates the account in its neighbourhood with a hashed password', async () => {
    const me = await signUp(getDb(), input());
    expect(me).toMatchObject({ email: 'new@dongne.test', username: '새이웃', neighbourhood: { dong: '용담2동', sigungu: '제주시' } });
    const [row] = await getDb().select().from(users).where(eq(users.id, me.id));
    expect(row!.passwordHash).not.toContain('abcd1234');
    expect(await verifyPassword('abcd1234', row!.passwordHash!)).toBe(true);
  });

  it('refuses a taken email or username (case-insensitive) naming the field', async () => {
    await signUp(getDb(), input());
    await expect(signUp(getDb(), input({ email: 'NEW@dongne.test'.toLowerCase(), username: '다른이웃' }))).rejects.toMatchObject({
      code: 'conflict',
      extra: { fields: { email: expect.any(Array) } },
    });
    await expect(signUp(getDb(), input({ email: 'other@dongne.test' }))).rejects.toMatchObject({
      code: 'conflict',
      extra: { fields: { username: expect.any(Array) } },
    });
  });

  it('refuses an unknown neighbourhood code', async () => {
    await expect(signUp(getDb(), input({ neighbourhoodCode: '9999999999' }))).rejects.toMatchObject({
      code: 'invalid',
      extra: { fields: { neighbourhoodCode: expect.any(Array) } },
    });
  });

  it('lets exactly one of many concurrent sign-ups with one email through', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => signUp(getDb(), input({ username: `동시${i}` }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      Array(7).fill('conflict'),
    );
  });
});

describe('profile', () => {
  it('updates username, bio and neighbourhood', async () => {
    const user = await createUser();
    const me = await updateMe(getDb(), user.id, { username: '바뀐이름', bio: '안녕하세요', neighbourhoodCode: CHEONGUN });
    expect(me).toMatchObject({ username: '바뀐이름', bio: '안녕하세요', neighbourhood: { dong: '청운효자동' } });
  });
});

describe('password change', () => {
  it('needs the current password', async () => {
    const user = await createUser();
    await expect(
      changePassword(getDb(), user.id, { currentPassword: 'wrong', newPassword: 'newpass123', newPasswordConfirm: 'newpass123' }),
    ).rejects.toMatchObject({ code: 'invalid', extra: { fields: { currentPassword: expect.any(Array) } } });
  });

  it('bumps tokenVersion and revokes every refresh token', async () => {
    const user = await createUser();
    await issueTokens(getDb(), user);
    const updated = await changePassword(getDb(), user.id, {
      currentPassword: PASSWORD,
      newPassword: 'newpass123',
      newPasswordConfirm: 'newpass123',
    });
    expect(updated.tokenVersion).toBe(user.tokenVersion + 1);
    expect(await verifyPassword('newpass123', updated.passwordHash!)).toBe(true);
    const tokens = await getDb().select().from(refreshTokens).where(eq(refreshTokens.userId, user.id));
    expect(tokens.every((t) => t.revokedAt)).toBe(true);
  });
});

describe('delete and restore', () => {
  it('soft-deletes: hidden from profiles and search, restorable within 30 days', async () => {
    const user = await createUser({ username: '떠날이웃' });
    const viewer = await createUser();
    await deleteAccount(getDb(), user.id, { password: PASSWORD });
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ isActive: false, tokenVersion: user.tokenVersion + 1 });
    await expect(getProfile(getDb(), user.id, null)).rejects.toMatchObject({ code: 'not_found' });
    expect((await searchUsers(getDb(), viewer.id, { q: '떠날이웃', page: 1, size: 20 })).items).toEqual([]);

    const me = await restoreAccount(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: '1.1.1.1' });
    expect(me.id).toBe(user.id);
    expect((await getProfile(getDb(), user.id, null)).username).toBe('떠날이웃');
  });

  it('needs the password to delete', async () => {
    const user = await createUser();
    await expect(deleteAccount(getDb(), user.id, { password: 'nope' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('refuses to restore after 30 days, an active account, or wrong credentials', async () => {
    const user = await createUser();
    await expect(restoreAccount(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'x' })).rejects.toMatchObject({
      code: 'conflict',
      extra: { reason: 'account_active' },
    });
    const deletedAt = new Date();
    await deleteAccount(getDb(), user.id, { password: PASSWORD }, () => deletedAt);
    const later = () => new Date(deletedAt.getTime() + 31 * DAY);
    await expect(
      restoreAccount(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'x' }, later),
    ).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'restore_expired' } });
    await expect(restoreAccount(getDb(), throttle(), { email: user.email, password: 'bad', ip: 'x' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });
});

describe('user search', () => {
  it('matches part of a username or a whole email, never a fragment of an email', async () => {
    const a = await createUser({ username: '감귤농부', email: 'farmer@jeju.test' });
    const viewer = await createUser({ username: '한라봉' });
    expect((await searchUsers(getDb(), viewer.id, { q: '감귤', page: 1, size: 20 })).items.map((u) => u.id)).toEqual([a.id]);
    expect((await searchUsers(getDb(), viewer.id, { q: 'FARMER@jeju.test', page: 1, size: 20 })).items.map((u) => u.id)).toEqual([a.id]);
    expect((await searchUsers(getDb(), viewer.id, { q: 'farmer', page: 1, size: 20 })).items).toEqual([]);
    const page = await searchUsers(getDb(), viewer.id, { q: '감귤', page: 1, size: 20 });
    expect(page.page).toMatchObject({ current: 1, total: 1, totalPages: 1 });
    expect(page.items[0]).not.toHaveProperty('email');
  });
});

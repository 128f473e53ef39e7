import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { createUser, PASSWORD } from '@/tests/support/factories';
import { fillPasswordQueue, legacyScryptHash } from '@/tests/support/passwords';
import { authenticate } from './authenticate';
import { createLoginThrottle, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from './login-throttle';
import { deleteAccount, restoreAccount, upgradePasswordHash } from './mutations';
import { hashPassword, needsRehash, verifyPassword } from './password';

const throttle = () => createLoginThrottle({ db: getDb() });

describe('authenticate', () => {
  it('accepts the right password, any letter case in the email', async () => {
    const user = await createUser({ email: 'case@dongne.test' });
    expect((await authenticate(getDb(), throttle(), { email: 'CASE@dongne.test', password: PASSWORD, ip: 'a' })).id).toBe(user.id);
  });

  it('answers unknown emails and wrong passwords the same way', async () => {
    const user = await createUser();
    await expect(authenticate(getDb(), throttle(), { email: user.email, password: 'nope', ip: 'a' })).rejects.toMatchObject({ code: 'unauthenticated', message: '이메일 또는 비밀번호가 올바르지 않습니다.' });
    await expect(authenticate(getDb(), throttle(), { email: 'ghost@dongne.test', password: 'nope', ip: 'a' })).rejects.toMatchObject({ code: 'unauthenticated', message: '이메일 또는 비밀번호가 올바르지 않습니다.' });
  });

  it('blocks an email after repeated failures, even with the right password, with a retry time', async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await expect(authenticate(getDb(), throttle(), { email: user.email, password: 'bad', ip: `ip${i}` })).rejects.toMatchObject({
        code: 'unauthenticated',
      });
    }
    const blocked = authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'fresh' });
    await expect(blocked).rejects.toMatchObject({ code: 'rate_limited', extra: { retryAfterSeconds: expect.any(Number) } });
  });

  it('blocks an address that fails across many emails', async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await authenticate(getDb(), throttle(), { email: `nobody${i}@dongne.test`, password: 'bad', ip: '10.0.0.9' }).catch(() => {});
    }
    await expect(authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: '10.0.0.9' })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect((await authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: '10.0.0.10' })).id).toBe(user.id);
  });

  it('counts concurrent failures without losing any (the store updates atomically)', async () => {
    const user = await createUser();
    await Promise.allSettled(
      Array.from({ length: MAX_FAILURES_PER_EMAIL }, (_, i) =>
        authenticate(getDb(), throttle(), { email: user.email, password: 'bad', ip: `c${i}` }),
      ),
    );
    await expect(authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'z' })).rejects.toMatchObject({
      code: 'rate_limited',
    });
  });

  it('tells a deleted account with the right password that it can be restored', async () => {
    const user = await createUser();
    await deleteAccount(getDb(), user.id, { password: PASSWORD });
    await expect(authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'a' })).rejects.toMatchObject({
      code: 'forbidden',
      extra: { reason: 'account_deleted' },
    });
  });
});

const storedHash = async (id: number) =>
  (await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id)))[0]!.passwordHash!;

describe('hashes from older settings', () => {
  it('signs in with an old scrypt hash and stores it again as argon2id', async () => {
    const legacy = legacyScryptHash(PASSWORD);
    const user = await createUser({ passwordHash: legacy });
    expect((await authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'a' })).id).toBe(user.id);
    const upgraded = await storedHash(user.id);
    expect(upgraded).toMatch(/^\$argon2id\$/);
    expect(needsRehash(upgraded)).toBe(false);
    await expect(verifyPassword(PASSWORD, upgraded)).resolves.toBe(true);
    // And the next sign-in works against the new hash.
    expect((await authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'a' })).id).toBe(user.id);
  });

  it('leaves the old hash alone on a wrong password, and a current hash untouched', async () => {
    const legacy = legacyScryptHash(PASSWORD);
    const old = await createUser({ passwordHash: legacy });
    await expect(authenticate(getDb(), throttle(), { email: old.email, password: 'wrong', ip: 'a' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await storedHash(old.id)).toBe(legacy);
    const current = await createUser();
    await authenticate(getDb(), throttle(), { email: current.email, password: PASSWORD, ip: 'a' });
    expect(await storedHash(current.id)).toBe(current.passwordHash);
  });

  it('upgrades on restoring a deleted account too', async () => {
    const user = await createUser({ passwordHash: legacyScryptHash(PASSWORD), isActive: false, deletedAt: new Date() });
    await restoreAccount(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'a' });
    expect(await storedHash(user.id)).toMatch(/^\$argon2id\$/);
  });

  it('keeps a password changed meanwhile, and skips the upgrade while the queue is full', async () => {
    const user = await createUser({ passwordHash: legacyScryptHash(PASSWORD) });
    const changed = await hashPassword('changed-password1');
    await getDb().update(users).set({ passwordHash: changed }).where(eq(users.id, user.id));
    await upgradePasswordHash(getDb(), user, PASSWORD);
    expect(await storedHash(user.id)).toBe(changed);

    const other = await createUser({ passwordHash: legacyScryptHash(PASSWORD) });
    const release = fillPasswordQueue();
    await upgradePasswordHash(getDb(), other, PASSWORD);
    await release();
    expect(await storedHash(other.id)).toBe(other.passwordHash);
  });
});

describe('the hashing queue behind sign-in', () => {
  it('answers 503 (unavailable, Retry-After) while the queue is full, and signs in once it drains', async () => {
    const user = await createUser();
    const release = fillPasswordQueue();
    await expect(authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'a' })).rejects.toMatchObject({
      code: 'unavailable',
      extra: { retryAfterSeconds: expect.any(Number) },
    });
    await release();
    expect((await authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'a' })).id).toBe(user.id);
  });

  it('keeps the login throttle in front: a blocked email gets 429 without waiting for a hash', async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await authenticate(getDb(), throttle(), { email: user.email, password: 'bad', ip: `q${i}` }).catch(() => {});
    }
    const release = fillPasswordQueue();
    await expect(authenticate(getDb(), throttle(), { email: user.email, password: PASSWORD, ip: 'fresh' })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    await release();
  });
});

import { describe, expect, it } from 'vitest';
import { fillPasswordQueue, legacyScryptHash } from '@/tests/support/passwords';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id and verifies the right password only', async () => {
    const hash = await hashPassword('비밀번호abc123');
    // Tests lower the memory (tests/support/setup.ts); production uses m=19456.
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=256,t=2,p=1\$/);
    expect(hash).not.toContain('비밀번호abc123');
    await expect(verifyPassword('비밀번호abc123', hash)).resolves.toBe(true);
    await expect(verifyPassword('비밀번호abc124', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same-password1')).not.toEqual(await hashPassword('same-password1'));
  });

  it('still verifies scrypt hashes from before argon2id', async () => {
    const legacy = legacyScryptHash('old-password1');
    await expect(verifyPassword('old-password1', legacy)).resolves.toBe(true);
    await expect(verifyPassword('old-password2', legacy)).resolves.toBe(false);
  });

  it('rejects malformed stored hashes instead of throwing', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$10$8$1$')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$3$8$1$c2FsdA==$a2V5')).resolves.toBe(false);
    await expect(verifyPassword('x', '$argon2id$v=19$m=256,t=2,p=1$broken')).resolves.toBe(false);
  });

  it('asks for a rehash of anything but argon2id at the current parameters', async () => {
    expect(needsRehash(await hashPassword('current-password1'))).toBe(false);
    expect(needsRehash(legacyScryptHash('old-password1'))).toBe(true);
    expect(needsRehash('$argon2id$v=19$m=128,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g')).toBe(true);
    expect(needsRehash('$argon2i$v=19$m=256,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g')).toBe(true);
    expect(needsRehash('$argon2id$garbage')).toBe(true);
  });

  it('puts every hash and verify, the dummy one included, behind the queue', async () => {
    const stored = await hashPassword('queued-password1');
    const release = fillPasswordQueue();
    const busy = { code: 'unavailable', extra: { retryAfterSeconds: expect.any(Number) } };
    await expect(hashPassword('queued-password1')).rejects.toMatchObject(busy);
    await expect(verifyPassword('queued-password1', stored)).rejects.toMatchObject(busy);
    await expect(verifyPassword('queued-password1', legacyScryptHash('queued-password1'))).rejects.toMatchObject(busy);
    await expect(verifyAgainstDummy('queued-password1')).rejects.toMatchObject(busy);
    await release();
    await expect(verifyPassword('queued-password1', stored)).resolves.toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { createUser, PASSWORD } from '@/tests/support/factories';
import { authenticate } from './authenticate';
import { createLoginThrottle, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from './login-throttle';
import { deleteAccount } from './mutations';

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

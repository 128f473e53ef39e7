import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import * as resetRoute from '@/app/api/password-resets/[token]/route';
import * as resetsRoute from '@/app/api/password-resets/route';
import * as meRoute from '@/app/api/users/me/route';
import * as tokensRoute from '@/app/api/tokens/route';
import * as refreshRoute from '@/app/api/tokens/refresh/route';
import { getDb } from '@/db/client';
import { accountTokens, users } from '@/db/schema';
import { MAX_RESETS_PER_EMAIL } from '@/lib/accounts/mail-throttle';
import { settleBackground } from '@/lib/core/background';
import { cookieFor, createUser, PASSWORD } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { tokenOf } from '../support/smtp';
import { smtpServerForFile } from '../support/smtp-file';

const smtp = smtpServerForFile();

const requestReset = (email: string, ip = '10.0.0.1') =>
  call(resetsRoute.POST, { method: 'POST', path: '/api/password-resets', body: { email }, headers: { 'x-dongne-client-ip': ip } });

const reset = (token: string, newPassword = 'brandnew123', confirm = newPassword) =>
  call(resetRoute.POST, {
    method: 'POST',
    path: `/api/password-resets/${token}`,
    params: { token },
    body: { newPassword, newPasswordConfirm: confirm },
  });

const login = (email: string, password: string) =>
  call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', body: { email, password } });

describe('POST /api/password-resets', () => {
  it('answers known and unknown emails with the same 202 body, and mails only the known one', async () => {
    const user = await createUser({ email: 'known@dongne.test' });
    const known = await requestReset('Known@Dongne.test');
    const unknown = await requestReset('nobody@dongne.test');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect([...unknown.headers.keys()].filter((h) => h !== 'x-request-id').sort()).toEqual(
      [...known.headers.keys()].filter((h) => h !== 'x-request-id').sort(),
    );
    const mail = await smtp.waitForMail(user.email);
    await settleBackground();
    expect(smtp.mailTo('nobody@dongne.test')).toEqual([]);
    expect(mail.subject).toContain('비밀번호 재설정');
    expect(mail.html).toContain(mail.link);
    expect(mail.link).toMatch(/^http:\/\/localhost\/reset-password\/[\w-]{40,}$/);
    // Only the hash is stored.
    const [row] = await getDb().select().from(accountTokens).where(eq(accountTokens.userId, user.id));
    expect(row!.tokenHash).not.toContain(tokenOf(mail));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers before looking the address up or mailing: a dead SMTP server changes nothing in the answer', async () => {
    await createUser({ email: 'known2@dongne.test' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    process.env.SMTP_URL = 'smtp://127.0.0.1:9'; // nothing listens there
    try {
      const known = await requestReset('known2@dongne.test', '10.9.0.1');
      const unknown = await requestReset('nobody2@dongne.test', '10.9.0.2');
      expect(known.status).toBe(202);
      expect(unknown.body).toEqual(known.body);
      await settleBackground();
      // Only the known address got as far as trying to send (and the failure was logged, not answered).
      expect(errors.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('password reset mail failed'))).toHaveLength(1);
    } finally {
      process.env.SMTP_URL = smtp.url;
      errors.mockRestore();
    }
  });

  it('does not mail deleted accounts', async () => {
    await createUser({ email: 'gone@dongne.test', isActive: false, deletedAt: new Date() });
    expect((await requestReset('gone@dongne.test')).status).toBe(202);
    await settleBackground();
    expect(smtp.inbox).toEqual([]);
  });

  it('validates the email and throttles per address and per IP address with 429', async () => {
    expect(expectProblem(await requestReset('not-an-email'), 400).errors).toHaveProperty('email');
    for (let i = 0; i < MAX_RESETS_PER_EMAIL; i += 1) expect((await requestReset('x@dongne.test', `10.1.0.${i}`)).status).toBe(202);
    const limited = await requestReset('x@dongne.test', '10.1.0.99');
    expectProblem(limited, 429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address from yet another IP is unaffected; many addresses from one IP are not.
    expect((await requestReset('y@dongne.test', '10.2.0.1')).status).toBe(202);
    const results = [];
    for (let i = 0; i < 21; i += 1) results.push((await requestReset(`many${i}@dongne.test`, '10.3.0.1')).status);
    expect(results.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(results[20]).toBe(429);
  });
});

describe('POST /api/password-resets/{token}', () => {
  it('sets the password once, revokes every session and refresh token, and verifies the email', async () => {
    const user = await createUser({ email: 'reset@dongne.test', emailVerifiedAt: null });
    const cookie = await cookieFor(user);
    const tokens = (await login(user.email, PASSWORD)).body;
    const bearer = { authorization: `Bearer ${tokens.accessToken}` };
    // Both sessions were just used, so the user is in the request cache (lib/auth/user-cache.ts).
    expect((await call(meRoute.GET, { path: '/api/users/me', headers: cookie })).status).toBe(200);
    expect((await call(meRoute.GET, { path: '/api/users/me', headers: bearer })).status).toBe(200);
    await requestReset(user.email);
    const token = tokenOf(await smtp.waitForMail(user.email));

    const res = await reset(token);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();

    expectProblem(await login(user.email, PASSWORD), 401);
    expect((await login(user.email, 'brandnew123')).status).toBe(201);
    expect((await call(meRoute.GET, { path: '/api/users/me', headers: cookie })).status).toBe(401);
    expect((await call(meRoute.GET, { path: '/api/users/me', headers: bearer })).status).toBe(401);
    expectProblem(await call(refreshRoute.POST, { method: 'POST', path: '/api/tokens/refresh', body: { refreshToken: tokens.refreshToken } }), 401);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.tokenVersion).toBe(user.tokenVersion + 1);
    expect(row!.emailVerifiedAt).not.toBeNull();

    // Reused link: 400 invalid_token, and the password stays the one just set.
    const again = expectProblem(await reset(token, 'another123'), 400);
    expect(again.reason).toBe('invalid_token');
    expect((await login(user.email, 'brandnew123')).status).toBe(201);
  });

  it('refuses an expired link, an unknown one and a malformed one with 400', async () => {
    const user = await createUser({ email: 'late@dongne.test' });
    await requestReset(user.email);
    const token = tokenOf(await smtp.waitForMail(user.email));
    await getDb().update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(accountTokens.userId, user.id));
    expect(expectProblem(await reset(token), 400).reason).toBe('invalid_token');
    expect(expectProblem(await reset('x'.repeat(43)), 400).reason).toBe('invalid_token');
    expect(expectProblem(await reset('bad token!'), 400).errors).toHaveProperty('token');
    expect((await login(user.email, PASSWORD)).status).toBe(201);
  });

  it('validates the new password and changes nothing on bad input', async () => {
    const user = await createUser({ email: 'weak@dongne.test' });
    await requestReset(user.email);
    const token = tokenOf(await smtp.waitForMail(user.email));
    expect(expectProblem(await reset(token, 'short'), 400).errors).toHaveProperty('newPassword');
    expect(expectProblem(await reset(token, 'brandnew123', 'brandnew124'), 400).errors).toHaveProperty('newPasswordConfirm');
    // The link still works after the rejected attempts.
    expect((await reset(token)).status).toBe(204);
  });

  it('a newer reset retires nothing until used; using one retires the others', async () => {
    const user = await createUser({ email: 'two@dongne.test' });
    await requestReset(user.email);
    await requestReset(user.email);
    const first = tokenOf(await smtp.waitForMail(user.email, 1));
    const second = tokenOf(await smtp.waitForMail(user.email, 2));
    expect((await reset(second)).status).toBe(204);
    expectProblem(await reset(first, 'other1234'), 400);
  });

  it('lets exactly one of several concurrent uses of a link through', async () => {
    const user = await createUser({ email: 'race@dongne.test' });
    await requestReset(user.email);
    const token = tokenOf(await smtp.waitForMail(user.email));
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => reset(token, `racer${i}pass`)));
    expect(results.filter((r) => r.status === 204)).toHaveLength(1);
    expect(results.filter((r) => r.status === 400)).toHaveLength(5);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as confirmRoute from '@/app/api/email-verifications/[token]/route';
import * as userRoute from '@/app/api/users/[id]/route';
import * as meRoute from '@/app/api/users/me/route';
import * as verificationRoute from '@/app/api/users/me/verification/route';
import * as usersRoute from '@/app/api/users/route';
import { getDb } from '@/db/client';
import { accountTokens } from '@/db/schema';
import { MAX_VERIFICATIONS_PER_USER } from '@/lib/accounts/mail-throttle';
import { bearerFor, createUser, PASSWORD, YONGDAM2 } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { tokenOf } from '../support/smtp';
import { smtpServerForFile } from '../support/smtp-file';

const smtp = smtpServerForFile();

const confirm = (token: string) =>
  call(confirmRoute.POST, { method: 'POST', path: `/api/email-verifications/${token}`, params: { token } });
const me = async (user: Parameters<typeof bearerFor>[0]) => (await call(meRoute.GET, { path: '/api/users/me', headers: await bearerFor(user) })).body;

describe('email verification', () => {
  it('mails a link at sign-up; following it verifies the account (badge on the public profile), twice is harmless', async () => {
    const res = await call(usersRoute.POST, {
      method: 'POST',
      path: '/api/users',
      body: { email: 'fresh@dongne.test', username: '새내기', password: 'abcd1234', passwordConfirm: 'abcd1234', neighbourhoodCode: YONGDAM2 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ emailVerified: false, hasPassword: true });
    const mail = await smtp.waitForMail('fresh@dongne.test');
    expect(mail.subject).toContain('인증');
    expect(mail.link).toMatch(/^http:\/\/localhost\/verify-email\//);

    const first = await confirm(tokenOf(mail));
    expect(first.status).toBe(200);
    expect(first.body.userId).toBe(res.body.id);
    expect((await confirm(tokenOf(mail))).body).toEqual(first.body);
    const profile = await call(userRoute.GET, { path: `/api/users/${res.body.id}`, params: { id: String(res.body.id) } });
    expect(profile.body.emailVerified).toBe(true);
  });

  it('rejects unknown, expired and malformed links with 400', async () => {
    const user = await createUser({ emailVerifiedAt: null });
    const resend = await call(verificationRoute.POST, { method: 'POST', path: '/api/users/me/verification', headers: await bearerFor(user) });
    expect(resend.status).toBe(202);
    const token = tokenOf(await smtp.waitForMail(user.email));
    await getDb().update(accountTokens).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(accountTokens.userId, user.id));
    expect(expectProblem(await confirm(token), 400).reason).toBe('invalid_token');
    expect(expectProblem(await confirm('y'.repeat(43)), 400).reason).toBe('invalid_token');
    expectProblem(await confirm('../../etc'), 400);
    expect((await me(user)).emailVerified).toBe(false);
  });

  it('resend: 401 anonymous, 409 when already verified, 429 after the limit', async () => {
    expectProblem(await call(verificationRoute.POST, { method: 'POST', path: '/api/users/me/verification' }), 401);
    const verified = await createUser();
    expect(expectProblem(await call(verificationRoute.POST, { method: 'POST', path: '/api/users/me/verification', headers: await bearerFor(verified) }), 409).reason).toBe('already_verified');
    const user = await createUser({ emailVerifiedAt: null });
    const auth = await bearerFor(user);
    for (let i = 0; i < MAX_VERIFICATIONS_PER_USER; i += 1) {
      expect((await call(verificationRoute.POST, { method: 'POST', path: '/api/users/me/verification', headers: auth })).status).toBe(202);
    }
    expectProblem(await call(verificationRoute.POST, { method: 'POST', path: '/api/users/me/verification', headers: auth }), 429);
  });

  it('an email change needs the password, unverifies the account, mails the new address, and old links stop counting', async () => {
    const user = await createUser({ emailVerifiedAt: null, email: 'old@dongne.test' });
    const auth = await bearerFor(user);
    await call(verificationRoute.POST, { method: 'POST', path: '/api/users/me/verification', headers: auth });
    const oldToken = tokenOf(await smtp.waitForMail('old@dongne.test'));

    const noPassword = await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: auth, body: { email: 'new@dongne.test' } });
    expect(expectProblem(noPassword, 400).errors).toHaveProperty('currentPassword');
    const wrong = await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: auth, body: { email: 'new@dongne.test', currentPassword: 'nope' } });
    expect(expectProblem(wrong, 400).errors).toHaveProperty('currentPassword');
    expect((await me(user)).email).toBe('old@dongne.test');

    const changed = await call(meRoute.PATCH, {
      method: 'PATCH',
      path: '/api/users/me',
      headers: auth,
      body: { email: 'New@dongne.test', currentPassword: PASSWORD },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ email: 'new@dongne.test', emailVerified: false });
    const newToken = tokenOf(await smtp.waitForMail('new@dongne.test'));
    expectProblem(await confirm(oldToken), 400);
    expect((await confirm(newToken)).status).toBe(200);
    expect((await me(user)).emailVerified).toBe(true);

    // Same email again: nothing changes, no mail.
    smtp.clear();
    await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: auth, body: { email: 'new@dongne.test' } });
    expect((await me(user)).emailVerified).toBe(true);
  });

  it('an email taken by someone else is 409', async () => {
    await createUser({ email: 'taken@dongne.test' });
    const user = await createUser();
    const res = await call(meRoute.PATCH, {
      method: 'PATCH',
      path: '/api/users/me',
      headers: await bearerFor(user),
      body: { email: 'taken@dongne.test', currentPassword: PASSWORD },
    });
    expect(expectProblem(res, 409).errors).toHaveProperty('email');
  });
});

import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import * as linkRoute from '@/app/api/oauth-signup/link/route';
import * as signupRoute from '@/app/api/oauth-signup/route';
import * as tokensRoute from '@/app/api/tokens/route';
import * as passwordRoute from '@/app/api/users/me/password/route';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { resolveOAuthLogin, type OAuthProfile } from '@/lib/accounts/oauth';
import { findActiveUser } from '@/lib/accounts/queries';
import { getAuthSecret } from '@/lib/core/auth-secret';
import { parseCookieHeader, readSessionCookie } from '@/lib/auth/session-cookie';
import { kakaoProfile } from '@/lib/auth/kakao';
import { bearerFor, createUser, PASSWORD, YONGDAM2 } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { smtpServerForFile } from '../support/smtp-file';

const smtp = smtpServerForFile();

let kakaoSeq = 1000;
const profile = (overrides: Partial<OAuthProfile> = {}): OAuthProfile => ({
  provider: 'kakao',
  providerAccountId: String((kakaoSeq += 1)),
  email: null,
  nickname: '카카오이웃',
  ...overrides,
});

/** The session cookie next-auth sets after a first Kakao login, plus a same-origin browser's headers. */
async function pendingHeaders(signupId: string) {
  const token = await encode({ token: { signup: signupId }, secret: getAuthSecret() });
  return { cookie: `next-auth.session-token=${token}`, origin: 'http://localhost', host: 'localhost' };
}

async function firstLogin(p: OAuthProfile) {
  const login = await resolveOAuthLogin(getDb(), p);
  if (login.kind !== 'signup') throw new Error(`expected a pending signup, got ${login.kind}`);
  return { signupId: login.signupId, headers: await pendingHeaders(login.signupId) };
}

const complete = (headers: Record<string, string>, body: unknown) =>
  call(signupRoute.POST, { method: 'POST', path: '/api/oauth-signup', headers, unchecked: body });

const signedInUserId = async (res: { headers: Headers }) =>
  (await readSessionCookie(parseCookieHeader(res.headers.get('set-cookie')?.split(';')[0])))?.userId;

describe('Kakao profile', () => {
  it('uses the email only when Kakao says it is verified', () => {
    expect(kakaoProfile({ id: 7, kakao_account: { email: 'A@kakao.test', is_email_verified: true, is_email_valid: true, profile: { nickname: '가' } } }))
      .toEqual({ provider: 'kakao', providerAccountId: '7', email: 'a@kakao.test', nickname: '가' });
    expect(kakaoProfile({ id: 8, kakao_account: { email: 'b@kakao.test', is_email_verified: false } }).email).toBeNull();
    expect(kakaoProfile({ id: 9 })).toEqual({ provider: 'kakao', providerAccountId: '9', email: null, nickname: null });
  });
});

describe('first Kakao login', () => {
  it('is a pending signup (the same one on a second try) until a neighbourhood is chosen; then a signed-in user', async () => {
    const p = profile({ email: 'kakao@kakao.test' });
    const { signupId, headers } = await firstLogin(p);
    expect((await resolveOAuthLogin(getDb(), p)).kind === 'signup' && (await firstLogin(p)).signupId).toBe(signupId);

    const info = await call(signupRoute.GET, { path: '/api/oauth-signup', headers });
    expect(info.body).toEqual({ provider: 'kakao', email: 'kakao@kakao.test', nickname: '카카오이웃', existingAccount: false });

    const res = await complete(headers, { username: '카카오이웃', neighbourhoodCode: YONGDAM2 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'kakao@kakao.test', emailVerified: true, hasPassword: false, neighbourhood: { code: YONGDAM2 } });
    expect(await signedInUserId(res)).toBe(res.body.id);

    const again = await resolveOAuthLogin(getDb(), p);
    expect(again.kind === 'user' && again.user.id).toBe(res.body.id);
    expect(expectProblem(await complete(headers, { username: '또다른', neighbourhoodCode: YONGDAM2 }), 404).reason).toBe('signup_expired');
  });

  it('concurrent completions of one signup make exactly one user; concurrent first logins share one signup', async () => {
    const p = profile({ email: 'race@kakao.test' });
    const ids = await Promise.all(Array.from({ length: 5 }, () => resolveOAuthLogin(getDb(), p)));
    const signupIds = new Set(ids.map((l) => (l.kind === 'signup' ? l.signupId : l.kind)));
    expect(signupIds.size).toBe(1);
    const headers = await pendingHeaders([...signupIds][0]!);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => complete(headers, { username: `경주${i}`, neighbourhoodCode: YONGDAM2 })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 404)).toHaveLength(4);
  });

  it('asks for an email when Kakao gave none, and mails a verification link to it', async () => {
    const { headers } = await firstLogin(profile());
    expect(expectProblem(await complete(headers, { username: '메일없음', neighbourhoodCode: YONGDAM2 }), 400).errors).toHaveProperty('email');
    const res = await complete(headers, { username: '메일없음', neighbourhoodCode: YONGDAM2, email: 'typed@dongne.test' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'typed@dongne.test', emailVerified: false });
    expect((await smtp.waitForMail('typed@dongne.test')).subject).toContain('인증');
  });

  it('validates input and the neighbourhood (400) and leaves the signup usable', async () => {
    const { headers } = await firstLogin(profile({ email: 'v@kakao.test' }));
    expect(Object.keys(expectProblem(await complete(headers, { username: 'x', neighbourhoodCode: '12' }), 400).errors!)).toEqual(
      expect.arrayContaining(['username', 'neighbourhoodCode']),
    );
    expect(expectProblem(await complete(headers, { username: '동네없음', neighbourhoodCode: '9999999999' }), 400).errors).toHaveProperty('neighbourhoodCode');
    expect((await complete(headers, { username: '동네있음', neighbourhoodCode: YONGDAM2 })).status).toBe(201);
  });

  it('needs the pending cookie (404) from our own origin (403)', async () => {
    expectProblem(await call(signupRoute.GET, { path: '/api/oauth-signup' }), 404);
    expectProblem(await complete({ origin: 'http://localhost', host: 'localhost' }, { username: '쿠키없음', neighbourhoodCode: YONGDAM2 }), 404);
    const { headers } = await firstLogin(profile());
    expectProblem(await complete({ ...headers, origin: 'https://evil.test' }, { username: '남의사이트', neighbourhoodCode: YONGDAM2 }), 403);
    // A real user's session cookie is not a pending signup.
    const user = await createUser();
    expectProblem(await call(signupRoute.GET, { path: '/api/oauth-signup', headers: await bearerFor(user) }), 404);
  });

  it('a deleted linked account is reported as such', async () => {
    const p = profile({ email: 'del@kakao.test' });
    const { headers } = await firstLogin(p);
    const res = await complete(headers, { username: '떠난이웃', neighbourhoodCode: YONGDAM2 });
    await getDb().update(users).set({ isActive: false, deletedAt: new Date() }).where(eq(users.id, res.body.id));
    expect((await resolveOAuthLogin(getDb(), p)).kind).toBe('deleted');
  });
});

describe('linking Kakao to an existing account', () => {
  it('offers linking for the same email, needs the password, then signs in as that account', async () => {
    const existing = await createUser({ email: 'same@dongne.test', emailVerifiedAt: null });
    const p = profile({ email: 'same@dongne.test' });
    const { headers } = await firstLogin(p);
    expect((await call(signupRoute.GET, { path: '/api/oauth-signup', headers })).body.existingAccount).toBe(true);
    expect(expectProblem(await complete(headers, { username: '새계정', neighbourhoodCode: YONGDAM2 }), 409).reason).toBe('duplicate_email');

    const link = (password: string) => call(linkRoute.POST, { method: 'POST', path: '/api/oauth-signup/link', headers, body: { password } });
    expectProblem(await link('wrong-password1'), 401);
    expectProblem(await link(''), 400);
    const res = await link(PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: existing.id, emailVerified: true });
    expect(await signedInUserId(res)).toBe(existing.id);

    const again = await resolveOAuthLogin(getDb(), p);
    expect(again.kind === 'user' && again.user.id).toBe(existing.id);
  });

  it('refuses to link when no account has that email (409)', async () => {
    const { headers } = await firstLogin(profile({ email: 'lonely@kakao.test' }));
    expect(expectProblem(await call(linkRoute.POST, { method: 'POST', path: '/api/oauth-signup/link', headers, body: { password: 'whatever1' } }), 409).reason).toBe('nothing_to_link');
  });

  it('a second Kakao identity cannot be linked to an account that has one (409)', async () => {
    await createUser({ email: 'twice@dongne.test' });
    for (const [i, expected] of [[0, 200], [1, 409]] as const) {
      const { headers } = await firstLogin(profile({ email: 'twice@dongne.test', providerAccountId: `twice-${i}` }));
      const res = await call(linkRoute.POST, { method: 'POST', path: '/api/oauth-signup/link', headers, body: { password: PASSWORD } });
      expect(res.status).toBe(expected);
    }
  });
});

describe('Kakao-only accounts and passwords', () => {
  it('cannot log in by password until one is set; setting twice is 409', async () => {
    const { headers } = await firstLogin(profile({ email: 'nopw@kakao.test' }));
    const made = await complete(headers, { username: '비번없음', neighbourhoodCode: YONGDAM2 });
    const user = (await findActiveUser(getDb(), made.body.id))!;
    const login = (password: string) => call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', body: { email: 'nopw@kakao.test', password } });
    expectProblem(await login('anything1'), 401);

    const auth = await bearerFor(user);
    const set = (pw: string) =>
      call(passwordRoute.PUT, { method: 'PUT', path: '/api/users/me/password', headers: auth, body: { newPassword: pw, newPasswordConfirm: pw } });
    expectProblem(await call(passwordRoute.PUT, { method: 'PUT', path: '/api/users/me/password', body: { newPassword: 'a', newPasswordConfirm: 'a' } }), 401);
    expect(expectProblem(await set('short'), 400).errors).toHaveProperty('newPassword');
    const res = await set('kakao1234');
    expect(res.status).toBe(200);
    expect(res.body.hasPassword).toBe(true);
    expect((await login('kakao1234')).status).toBe(201);
    expect(expectProblem(await set('other1234'), 409).reason).toBe('password_already_set');
  });
});

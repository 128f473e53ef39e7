import { describe, expect, it } from 'vitest';
import * as usersRoute from '@/app/api/users/route';
import * as meRoute from '@/app/api/users/me/route';
import * as passwordRoute from '@/app/api/users/me/password/route';
import * as sessionsRoute from '@/app/api/users/me/sessions/route';
import * as restoreRoute from '@/app/api/users/restore/route';
import * as userRoute from '@/app/api/users/[id]/route';
import { bearerFor, cookieFor, createUser, PASSWORD, YONGDAM2 } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { fillPasswordQueue } from '../support/passwords';

const signUpBody = {
  email: 'api@dongne.test',
  username: '에이피아이',
  password: 'abcd1234',
  passwordConfirm: 'abcd1234',
  neighbourhoodCode: YONGDAM2,
};

describe('POST /api/users', () => {
  it('creates an account: 201 with the user, never the password', async () => {
    const res = await call(usersRoute.POST, { method: 'POST', path: '/api/users', body: signUpBody });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'api@dongne.test', username: '에이피아이', neighbourhood: { code: YONGDAM2, dong: '용담2동' } });
    // hasPassword (a flag for Kakao-made accounts) is the only password-related key.
    expect(Object.keys(res.body).filter((k) => /password/i.test(k))).toEqual(['hasPassword']);
    expect(JSON.stringify(res.body)).not.toMatch(/abcd1234|argon2|scrypt/i);
  });

  it('answers bad input with 400 field errors and creates nothing', async () => {
    const res = await call(usersRoute.POST, {
      method: 'POST',
      path: '/api/users',
      body: { email: 'nope', username: 'x', password: 'short', passwordConfirm: 'other', neighbourhoodCode: '12' },
    });
    const problem = expectProblem(res, 400);
    expect(Object.keys(problem.errors!).sort()).toEqual(expect.arrayContaining(['email', 'neighbourhoodCode', 'password', 'username']));
    const mismatch = expectProblem(
      await call(usersRoute.POST, { method: 'POST', path: '/api/users', body: { ...signUpBody, passwordConfirm: 'abcd12345' } }),
      400,
    );
    expect(mismatch.errors).toHaveProperty('passwordConfirm');
    const me = await createUser();
    const search = await call(usersRoute.GET, { path: '/api/users?q=에이피', headers: await bearerFor(me) });
    expect(search.body.items).toEqual([]);
  });

  it('answers malformed JSON, wrong types, huge strings and huge bodies with 400/413, never 500', async () => {
    expectProblem(await call(usersRoute.POST, { method: 'POST', path: '/api/users', rawBody: '{"email":' }), 400);
    expectProblem(await call(usersRoute.POST, { method: 'POST', path: '/api/users', unchecked: [1, 2] }), 400);
    expectProblem(await call(usersRoute.POST, { method: 'POST', path: '/api/users', unchecked: { ...signUpBody, email: 42 } }), 400);
    expectProblem(await call(usersRoute.POST, { method: 'POST', path: '/api/users', body: { ...signUpBody, username: 'a'.repeat(10_000) } }), 400);
    expectProblem(await call(usersRoute.POST, { method: 'POST', path: '/api/users', unchecked: { ...signUpBody, bio: 'x'.repeat(100_000) } }), 413);
  });

  it('answers a taken email with 409 naming the field', async () => {
    await call(usersRoute.POST, { method: 'POST', path: '/api/users', body: signUpBody });
    const res = await call(usersRoute.POST, { method: 'POST', path: '/api/users', body: { ...signUpBody, username: '다른사람' } });
    expect(expectProblem(res, 409).errors).toHaveProperty('email');
  });
});

describe('/api/users/me', () => {
  it('is 401 problem+json for anonymous callers and for bad tokens', async () => {
    expectProblem(await call(meRoute.GET, { path: '/api/users/me' }), 401);
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: { authorization: 'Bearer nonsense' } }), 401);
    expectProblem(await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', body: { bio: 'x' } }), 401);
  });

  it('answers with the caller by Bearer token or session cookie, email included', async () => {
    const user = await createUser();
    const byBearer = await call(meRoute.GET, { path: '/api/users/me', headers: await bearerFor(user) });
    const byCookie = await call(meRoute.GET, { path: '/api/users/me', headers: await cookieFor(user) });
    expect(byBearer.status).toBe(200);
    expect(byBearer.body).toMatchObject({ id: user.id, email: user.email });
    expect(byCookie.body).toEqual(byBearer.body);
  });

  it('updates the profile and validates it', async () => {
    const user = await createUser();
    const auth = await bearerFor(user);
    const res = await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: auth, body: { bio: '반가워요', neighbourhoodCode: '1144066000' } });
    expect(res.body).toMatchObject({ bio: '반가워요', neighbourhood: { dong: '서교동' } });
    expectProblem(await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: auth, body: { neighbourhoodCode: '0000000000' } }), 400);
    expectProblem(await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: auth, body: { email: 'x@y.z' } }), 400);
  });

  it('refuses cookie-authenticated writes from another origin (CSRF) but not Bearer ones', async () => {
    const user = await createUser();
    const { cookie } = await cookieFor(user);
    const body = { bio: 'csrf' };
    expectProblem(await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: { cookie, host: 'localhost' }, body }), 403);
    expectProblem(
      await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: { cookie, host: 'localhost', origin: 'https://evil.example' }, body }),
      403,
    );
    const ok = await call(meRoute.PATCH, { method: 'PATCH', path: '/api/users/me', headers: await cookieFor(user), body });
    expect(ok.status).toBe(200);
  });

  it('deletes the account with the password: 204, then every token and cookie is dead', async () => {
    const user = await createUser();
    const bearer = await bearerFor(user);
    const cookie = await cookieFor(user);
    expectProblem(await call(meRoute.DELETE, { method: 'DELETE', path: '/api/users/me', headers: bearer, body: { password: 'wrong' } }), 400);
    const res = await call(meRoute.DELETE, { method: 'DELETE', path: '/api/users/me', headers: bearer, body: { password: PASSWORD } });
    expect(res.status).toBe(204);
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: bearer }), 401);
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: cookie }), 401);
    expectProblem(await call(userRoute.GET, { path: `/api/users/${user.id}`, params: { id: String(user.id) } }), 404);
  });
});

describe('while the password hashing queue is full', () => {
  it('answers sign-up and a password change with 503 and Retry-After, and creates or changes nothing', async () => {
    const user = await createUser();
    const release = fillPasswordQueue();
    const signUp = await call(usersRoute.POST, { method: 'POST', path: '/api/users', body: signUpBody });
    const change = await call(passwordRoute.POST, {
      method: 'POST',
      path: '/api/users/me/password',
      headers: await bearerFor(user),
      body: { currentPassword: PASSWORD, newPassword: 'newpass123', newPasswordConfirm: 'newpass123' },
    });
    await release();
    for (const res of [signUp, change]) {
      expect(expectProblem(res, 503).reason).toBe('busy');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const retried = await call(usersRoute.POST, { method: 'POST', path: '/api/users', body: signUpBody });
    expect(retried.status).toBe(201);
  });
});

describe('POST /api/users/me/password', () => {
  it('keeps the caller signed in with a new cookie and ends every other session', async () => {
    const user = await createUser();
    const mine = await cookieFor(user);
    const other = await bearerFor(user);
    const res = await call(passwordRoute.POST, {
      method: 'POST',
      path: '/api/users/me/password',
      headers: mine,
      body: { currentPassword: PASSWORD, newPassword: 'newpass123', newPasswordConfirm: 'newpass123' },
    });
    expect(res.status).toBe(200);
    const fresh = res.headers.get('set-cookie')!.split(';')[0]!;
    expect((await call(meRoute.GET, { path: '/api/users/me', headers: { cookie: fresh } })).status).toBe(200);
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: mine }), 401);
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: other }), 401);
  });

  it('gives a Bearer caller a new token pair', async () => {
    const user = await createUser();
    const res = await call(passwordRoute.POST, {
      method: 'POST',
      path: '/api/users/me/password',
      headers: await bearerFor(user),
      body: { currentPassword: PASSWORD, newPassword: 'newpass123', newPasswordConfirm: 'newpass123' },
    });
    expect(res.body).toMatchObject({ user: { id: user.id }, accessToken: expect.any(String), refreshToken: expect.any(String) });
    const me = await call(meRoute.GET, { path: '/api/users/me', headers: { authorization: `Bearer ${res.body.accessToken}` } });
    expect(me.status).toBe(200);
  });

  it('reports a wrong current password or a mismatch as field errors', async () => {
    const user = await createUser();
    const headers = await bearerFor(user);
    const wrong = await call(passwordRoute.POST, {
      method: 'POST', path: '/api/users/me/password', headers,
      body: { currentPassword: 'nope', newPassword: 'newpass123', newPasswordConfirm: 'newpass123' },
    });
    expect(expectProblem(wrong, 400).errors).toHaveProperty('currentPassword');
    const mismatch = await call(passwordRoute.POST, {
      method: 'POST', path: '/api/users/me/password', headers,
      body: { currentPassword: PASSWORD, newPassword: 'newpass123', newPasswordConfirm: 'newpass124' },
    });
    expect(expectProblem(mismatch, 400).errors).toHaveProperty('newPasswordConfirm');
  });
});

describe('DELETE /api/users/me/sessions', () => {
  it('logs out everywhere', async () => {
    const user = await createUser();
    const a = await bearerFor(user);
    const b = await cookieFor(user);
    expect((await call(sessionsRoute.DELETE, { method: 'DELETE', path: '/api/users/me/sessions', headers: a })).status).toBe(204);
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: a }), 401);
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: b }), 401);
  });
});

describe('POST /api/users/restore', () => {
  it('restores a deleted account within 30 days', async () => {
    const user = await createUser();
    await call(meRoute.DELETE, { method: 'DELETE', path: '/api/users/me', headers: await bearerFor(user), body: { password: PASSWORD } });
    const res = await call(restoreRoute.POST, { method: 'POST', path: '/api/users/restore', body: { email: user.email, password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id });
    expect((await call(userRoute.GET, { path: `/api/users/${user.id}`, params: { id: String(user.id) } })).status).toBe(200);
  });

  it('is 401 for wrong credentials, 409 for an active account, 400 for bad input', async () => {
    const user = await createUser();
    expectProblem(await call(restoreRoute.POST, { method: 'POST', path: '/api/users/restore', body: { email: user.email, password: 'x' } }), 401);
    expectProblem(await call(restoreRoute.POST, { method: 'POST', path: '/api/users/restore', body: { email: user.email, password: PASSWORD } }), 409);
    expectProblem(await call(restoreRoute.POST, { method: 'POST', path: '/api/users/restore', unchecked: { email: 'no' } }), 400);
  });
});

describe('GET /api/users/{id} and GET /api/users?q=', () => {
  it('shows a public profile without the email; 404 for unknown ids, 400 for bad ids', async () => {
    const user = await createUser({ username: '공개프로필' });
    const res = await call(userRoute.GET, { path: `/api/users/${user.id}`, params: { id: String(user.id) } });
    expect(res.body).toMatchObject({ id: user.id, username: '공개프로필', neighbourhood: { dong: '용담2동' } });
    expect(res.body).not.toHaveProperty('email');
    expectProblem(await call(userRoute.GET, { path: '/api/users/999999', params: { id: '999999' } }), 404);
    expectProblem(await call(userRoute.GET, { path: '/api/users/abc', params: { id: 'abc' } }), 400);
    expectProblem(await call(userRoute.GET, { path: '/api/users/1e99', params: { id: '99999999999999' } }), 400);
  });

  it('searches with at least two characters, signed in, paginated', async () => {
    const me = await createUser();
    await createUser({ username: '제주감귤' });
    expectProblem(await call(usersRoute.GET, { path: '/api/users?q=제주' }), 401);
    expectProblem(await call(usersRoute.GET, { path: '/api/users?q=제', headers: await bearerFor(me) }), 400);
    expectProblem(await call(usersRoute.GET, { path: '/api/users', headers: await bearerFor(me) }), 400);
    const res = await call(usersRoute.GET, { path: `/api/users?q=${encodeURIComponent('제주')}`, headers: await bearerFor(me) });
    expect(res.body.items.map((u: { username: string }) => u.username)).toEqual(['제주감귤']);
    expect(res.body.page).toMatchObject({ current: 1, total: 1, range: [1], prev: null, next: null });
  });
});

import { describe, expect, it } from 'vitest';
import * as tokensRoute from '@/app/api/tokens/route';
import * as refreshRoute from '@/app/api/tokens/refresh/route';
import { MAX_FAILURES_PER_EMAIL } from '@/lib/accounts/login-throttle';
import { createUser, PASSWORD } from '../support/factories';
import { answered, api, call, expectProblem } from '../support/http';
import { fillPasswordQueue } from '../support/passwords';

// Through the typed client (lib/http/openapi-types.ts): the bodies and answers are the document's.
const login = async (email: string, password: string, ip = '203.0.113.1') =>
  answered(await api({ 'x-dongne-client-ip': ip }).POST('/api/tokens', { body: { email, password } }));
const refresh = async (refreshToken: string) => answered(await api().POST('/api/tokens/refresh', { body: { refreshToken } }));
const me = async (token: string) => answered(await api({ authorization: `Bearer ${token}` }).GET('/api/users/me'));

describe('POST /api/tokens', () => {
  it('exchanges email and password for an access token, a refresh token and the user', async () => {
    const user = await createUser();
    const res = await login(user.email, PASSWORD);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, user: { id: user.id, email: user.email } });
    expect((await me(res.body.accessToken)).body.id).toBe(user.id);
  });

  it('is 401 for a wrong password or unknown email, 400 for bad input', async () => {
    const user = await createUser();
    expectProblem(await login(user.email, 'wrong'), 401);
    expectProblem(await login('ghost@dongne.test', 'wrong'), 401);
    expectProblem(await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', unchecked: { email: user.email } }), 400);
  });

  it('throttles repeated failures with 429 and Retry-After', async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) expectProblem(await login(user.email, 'wrong'), 401);
    const res = await login(user.email, PASSWORD);
    expectProblem(res, 429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('is 503 problem+json with Retry-After while the password hashing queue is full', async () => {
    const user = await createUser();
    const release = fillPasswordQueue();
    const res = await login(user.email, PASSWORD);
    await release();
    expect(expectProblem(res, 503)).toMatchObject({ reason: 'busy', detail: expect.any(String) });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(user.email, PASSWORD)).status).toBe(201);
  });

  it('is 403 with reason account_deleted for a deleted account with the right password', async () => {
    const user = await createUser({ isActive: false, deletedAt: new Date() });
    expect(expectProblem(await login(user.email, PASSWORD), 403).reason).toBe('account_deleted');
  });
});

describe('POST /api/tokens/refresh', () => {
  it('rotates the refresh token; reusing the old one is 401 and revokes the family', async () => {
    const user = await createUser();
    const first = (await login(user.email, PASSWORD)).body;
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.user.id).toBe(user.id);
    expectProblem(await refresh(first.refreshToken), 401);
    expectProblem(await refresh(second.body.refreshToken), 401);
  });

  it('is 400 without a token and 401 for an unknown one', async () => {
    expectProblem(await call(refreshRoute.POST, { method: 'POST', path: '/api/tokens/refresh', unchecked: {} }), 400);
    expectProblem(await refresh('made-up'), 401);
  });
});

describe('DELETE /api/tokens', () => {
  it('logs the API client out: 204 and the refresh token stops working', async () => {
    const user = await createUser();
    const { refreshToken } = (await login(user.email, PASSWORD)).body;
    expect((await call(tokensRoute.DELETE, { method: 'DELETE', path: '/api/tokens', body: { refreshToken } })).status).toBe(204);
    expectProblem(await refresh(refreshToken), 401);
    expectProblem(await call(tokensRoute.DELETE, { method: 'DELETE', path: '/api/tokens', unchecked: {} }), 400);
  });
});

describe('access tokens end with their refresh-token family', () => {

  it('DELETE /api/tokens makes that login’s access token 401 at once, other logins keep working', async () => {
    const user = await createUser();
    const phone = (await login(user.email, PASSWORD)).body;
    const laptop = (await login(user.email, PASSWORD)).body;
    expect((await me(phone.accessToken)).status).toBe(200);
    await call(tokensRoute.DELETE, { method: 'DELETE', path: '/api/tokens', body: { refreshToken: phone.refreshToken } });
    expectProblem(await me(phone.accessToken), 401);
    expect((await me(laptop.accessToken)).status).toBe(200);
  });

  it('reuse detection revokes the access tokens of the whole family, old and new', async () => {
    const user = await createUser();
    const first = (await login(user.email, PASSWORD)).body;
    const second = (await refresh(first.refreshToken)).body;
    expect((await me(second.accessToken)).status).toBe(200);
    expect((await me(first.accessToken)).status).toBe(200);
    expectProblem(await refresh(first.refreshToken), 401);
    expectProblem(await me(second.accessToken), 401);
    expectProblem(await me(first.accessToken), 401);
  });
});

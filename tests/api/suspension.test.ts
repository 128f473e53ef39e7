import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as postsRoute from '@/app/api/posts/route';
import * as meRoute from '@/app/api/users/me/route';
import * as tokensRoute from '@/app/api/tokens/route';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { moderateUser } from '@/lib/admin/mutations';
import { forgetUserLocally } from '@/lib/auth/user-cache';
import type { Endpoint } from '@/lib/core/endpoint';
import { allEndpoints } from '@/app/openapi';
import { postInput } from '../support/boards';
import { bearerFor, createUser, PASSWORD } from '../support/factories';
import { routeHandler } from '../support/routes';
import { call, expectProblem } from '../support/http';

/** Writes a suspended user may still make: leaving (their sessions, their account) and marking read. */
const allowedWhileSuspended = [
  'DELETE /api/users/me',
  'POST /api/users/me/password',
  'PUT /api/users/me/password',
  'DELETE /api/users/me/sessions',
  'DELETE /api/tokens',
  // Revoking a personal access token is a security step, like logging out.
  'DELETE /api/tokens/personal/{id}',
  'POST /api/users/me/verification',
  'POST /api/notifications/read',
  'POST /api/chat/rooms/{id}/read',
  // What reaches their phone is theirs to choose: push subscriptions, notification settings, room mutes.
  'POST /api/push/subscriptions',
  'DELETE /api/push/subscriptions',
  'PUT /api/users/me/notification-settings',
  'PUT /api/chat/rooms/{id}/mute',
];

const name = (e: Endpoint) => `${e.method} ${e.path}`;
const writes = allEndpoints.filter((e) => e.method !== 'GET' && e.auth !== 'none');

async function suspendedUser() {
  const [admin, user] = [await createUser({ role: 'admin' }), await createUser()];
  await moderateUser(getDb(), admin, user.id, { action: 'suspend', reason: '도배', days: 3 });
  const [suspended] = await getDb().select().from(users).where(eq(users.id, user.id));
  return suspended!;
}

describe('a suspended user', () => {
  it('the allowlist is exactly the endpoints marked allowSuspended', () => {
    expect(allEndpoints.filter((e) => e.allowSuspended).map(name).sort()).toEqual([...allowedWhileSuspended].sort());
  });

  it('gets 403 reason "suspended" with the end time from every other authenticated write route', async () => {
    const user = await suspendedUser();
    const auth = await bearerFor(user);
    // Admin routes don't exist for a member, suspended or not (404 before anything else).
    const refused = writes.filter((e) => !e.allowSuspended && e.role !== 'admin');
    expect(refused.length).toBeGreaterThan(30);
    for (const endpoint of refused) {
      const params = Object.fromEntries([...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, m[1] === 'targetType' ? 'post' : '1']));
      const res = await call((await routeHandler(endpoint.path, endpoint.method))!, { method: endpoint.method, path: endpoint.path, headers: auth, params, unchecked: {} });
      const problem = expectProblem(res, 403) as { reason?: string; suspendedUntil?: string };
      expect(problem.reason, name(endpoint)).toBe('suspended');
      expect(new Date(problem.suspendedUntil!).getTime()).toBe(user.suspendedUntil!.getTime());
    }
  });

  it('still reads and logs in; the suspension ends on its own', async () => {
    const user = await suspendedUser();
    const auth = await bearerFor(user);
    expect((await call(meRoute.GET, { path: '/api/users/me', headers: auth })).status).toBe(200);
    expect((await call(postsRoute.GET, { path: '/api/posts', headers: auth })).status).toBe(200);
    const login = await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', body: { email: user.email, password: PASSWORD } });
    expect(login.status).toBe(201);

    await getDb().update(users).set({ suspendedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, user.id));
    forgetUserLocally(user.id);
    const created = await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers: { authorization: `Bearer ${login.body.accessToken}` }, body: postInput() });
    expect(created.status).toBe(201);
  });

  it('suspending ends every existing session and token at once', async () => {
    const [admin, user] = [await createUser({ role: 'admin' }), await createUser()];
    const auth = await bearerFor(user);
    await moderateUser(getDb(), admin, user.id, { action: 'suspend', reason: '도배', days: 1 });
    expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: auth }), 401);
  });
});

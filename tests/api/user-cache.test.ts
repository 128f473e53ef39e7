import { describe, expect, it } from 'vitest';
import * as meRoute from '@/app/api/users/me/route';
import * as passwordRoute from '@/app/api/users/me/password/route';
import * as sessionsRoute from '@/app/api/users/me/sessions/route';
import * as postsRoute from '@/app/api/posts/route';
import { createTestPost } from '../support/boards';
import { bearerFor, CHEONGUN, cookieFor, createUser, PASSWORD } from '../support/factories';
import { call, expectProblem } from '../support/http';

/** The per-process user cache behind authentication (lib/auth/user-cache.ts) never outlives a change. */
describe('the user behind a request', () => {
  it('a revocation ends the next request even though the user was just looked up', async () => {
    const user = await createUser();
    const bearer = await bearerFor(user);
    const cookie = await cookieFor(user);
    expect((await call(meRoute.GET, { headers: bearer })).status).toBe(200);
    expect((await call(meRoute.GET, { headers: cookie })).status).toBe(200);

    expect((await call(sessionsRoute.DELETE, { method: 'DELETE', headers: bearer })).status).toBe(204);
    expectProblem(await call(meRoute.GET, { headers: bearer }), 401);
    expectProblem(await call(meRoute.GET, { headers: cookie }), 401);
  });

  it('a password change ends the old token at once', async () => {
    const user = await createUser();
    const bearer = await bearerFor(user);
    expect((await call(meRoute.GET, { headers: bearer })).status).toBe(200);
    const changed = await call(passwordRoute.POST, {
      method: 'POST', headers: bearer,
      body: { currentPassword: PASSWORD, newPassword: 'newpass1234', newPasswordConfirm: 'newpass1234' },
    });
    expect(changed.status).toBe(200);
    expectProblem(await call(meRoute.GET, { headers: bearer }), 401);
  });

  it('a moved neighbour sees the new dong\'s board on the next request', async () => {
    const me = await createUser();
    const bearer = await bearerFor(me);
    const there = await createTestPost(await createUser({ neighbourhoodCode: CHEONGUN }), { title: '청운동 족발' });
    expect((await call(postsRoute.GET, { path: '/api/posts', headers: bearer })).body.items).toEqual([]);

    expect((await call(meRoute.PATCH, { method: 'PATCH', headers: bearer, body: { neighbourhoodCode: CHEONGUN } })).status).toBe(200);
    const board = await call(postsRoute.GET, { path: '/api/posts', headers: bearer });
    expect(board.body.items.map((p: { id: number }) => p.id)).toEqual([there.id]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as usersRoute from '@/app/api/users/route';
import * as meRoute from '@/app/api/users/me/route';
import * as passwordRoute from '@/app/api/users/me/password/route';
import * as restoreRoute from '@/app/api/users/restore/route';
import * as resetsRoute from '@/app/api/password-resets/route';
import * as resetRoute from '@/app/api/password-resets/[token]/route';
import * as verificationsRoute from '@/app/api/email-verifications/[token]/route';
import * as tokensRoute from '@/app/api/tokens/route';
import * as refreshRoute from '@/app/api/tokens/refresh/route';
import * as searchRoute from '@/app/api/neighbourhoods/route';
import * as nearestRoute from '@/app/api/neighbourhoods/nearest/route';
import * as menuChatRoute from '@/app/api/menus/chat/route';
import { bearerFor, createUser } from '../support/factories';
import { call } from '../support/http';

/** Bodies shaped like the real ones, with every field replaced by arbitrary JSON half the time. */
const bodyLike = (keys: string[]) =>
  fc.oneof(
    fc.jsonValue(),
    fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue(), fc.constant(null))])), {
      requiredKeys: [],
    }),
  );

const routes = [
  { name: 'POST /api/users', handler: usersRoute.POST, method: 'POST', keys: ['email', 'username', 'password', 'passwordConfirm', 'neighbourhoodCode'] },
  { name: 'POST /api/tokens', handler: tokensRoute.POST, method: 'POST', keys: ['email', 'password'] },
  { name: 'POST /api/tokens/refresh', handler: refreshRoute.POST, method: 'POST', keys: ['refreshToken'] },
  { name: 'DELETE /api/tokens', handler: tokensRoute.DELETE, method: 'DELETE', keys: ['refreshToken'] },
  { name: 'POST /api/users/restore', handler: restoreRoute.POST, method: 'POST', keys: ['email', 'password'] },
  { name: 'PATCH /api/users/me', handler: meRoute.PATCH, method: 'PATCH', keys: ['username', 'bio', 'neighbourhoodCode', 'email', 'currentPassword'], auth: true },
  { name: 'PUT /api/users/me/password', handler: passwordRoute.PUT, method: 'PUT', keys: ['newPassword', 'newPasswordConfirm'], auth: true },
  { name: 'POST /api/password-resets', handler: resetsRoute.POST, method: 'POST', keys: ['email'] },
  { name: 'POST /api/menus/chat', handler: menuChatRoute.POST, method: 'POST', keys: ['message'], auth: true },
  { name: 'POST /api/users/me/password', handler: passwordRoute.POST, method: 'POST', keys: ['currentPassword', 'newPassword', 'newPasswordConfirm'], auth: true },
];

describe('no input produces a 500', () => {
  for (const route of routes) {
    it(route.name, async () => {
      const user = await createUser();
      const headers = route.auth ? await bearerFor(user) : {};
      await fc.assert(
        fc.asyncProperty(bodyLike(route.keys), async (body) => {
          const res = await call(route.handler, { method: route.method, path: '/api/x', headers, unchecked: body });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
        }),
        { numRuns: 40 },
      );
    });
  }

  it('link tokens and bodies of POST /api/password-resets/{token} and /api/email-verifications/{token}', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), bodyLike(['newPassword', 'newPasswordConfirm']), async (token, body) => {
        const params = { token };
        const a = await call(resetRoute.POST, { method: 'POST', path: '/api/x', params, unchecked: body });
        const b = await call(verificationsRoute.POST, { method: 'POST', path: '/api/x', params });
        expect(a.status).toBeLessThan(500);
        expect(b.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('query strings of the neighbourhood search and nearest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.string({ maxLength: 20 }), async (q, n) => {
        const a = await call(searchRoute.GET, { path: `/api/neighbourhoods?q=${encodeURIComponent(q)}&limit=${encodeURIComponent(n)}` });
        const b = await call(nearestRoute.GET, { path: `/api/neighbourhoods/nearest?lat=${encodeURIComponent(n)}&lng=${encodeURIComponent(q)}` });
        expect(a.status).toBeLessThan(500);
        expect(b.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});

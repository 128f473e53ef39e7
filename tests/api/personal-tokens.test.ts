import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import { allEndpoints, apiDocument } from '@/app/openapi';
import * as tokenRoute from '@/app/api/tokens/personal/[id]/route';
import * as tokensRoute from '@/app/api/tokens/personal/route';
import * as meRoute from '@/app/api/users/me/route';
import { getDb } from '@/db/client';
import { personalAccessTokens, users, type User } from '@/db/schema';
import { forgetUserLocally } from '@/lib/auth/user-cache';
import { allScopes, requiredScope, scopeAreas } from '@/lib/core/scopes';
import { bearerFor, cookieFor, createUser, YONGDAM2 } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { routeHandler } from '../support/routes';

async function createToken(user: User, body: Record<string, unknown>) {
  const res = await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens/personal', headers: await bearerFor(user), unchecked: body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; token: string; prefix: string; scopes: string[] };
}
const pat = (token: string) => ({ authorization: `Bearer ${token}` });

describe('personal access tokens', () => {
  it('are shown once, stored hashed, listed by prefix and revoked at once', async () => {
    const me = await createUser();
    const created = await createToken(me, { name: '풋살장 서버', scopes: ['games:write', 'games:write', 'webhooks:write'], expiresInDays: 30 });
    expect(created.token).toMatch(/^dn_pat_[\w-]{43}$/);
    expect(created.scopes).toEqual(['games:write', 'webhooks:write']);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const [row] = await getDb().select().from(personalAccessTokens).where(eq(personalAccessTokens.id, created.id));
    expect(row!.tokenHash).not.toContain(created.token.slice(7));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const list = await call(tokensRoute.GET, { path: '/api/tokens/personal', headers: await bearerFor(me) });
    expect(list.body.items).toEqual([expect.objectContaining({ id: created.id, name: '풋살장 서버', prefix: created.prefix })]);
    expect(JSON.stringify(list.body)).not.toContain(created.token);

    // games:write includes games:read; the account area is outside it.
    expect((await call(gamesRoute.GET, { path: '/api/games', headers: pat(created.token) })).status).toBe(200);
    const outside = expectProblem(await call(meRoute.GET, { path: '/api/users/me', headers: pat(created.token) }), 403);
    expect(outside.reason).toBe('insufficient_scope');

    const other = await createUser();
    expectProblem(await call(tokenRoute.DELETE, { method: 'DELETE', path: `/api/tokens/personal/${created.id}`, headers: await bearerFor(other), params: { id: String(created.id) } }), 404);
    expect((await call(tokenRoute.DELETE, { method: 'DELETE', path: `/api/tokens/personal/${created.id}`, headers: await bearerFor(me), params: { id: String(created.id) } })).status).toBe(204);
    expectProblem(await call(gamesRoute.GET, { path: '/api/games', headers: pat(created.token) }), 401);
  });

  it('refuses bad input, anonymous callers, expired tokens, deleted owners and a token widening its own scopes', async () => {
    const me = await createUser();
    expectProblem(await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens/personal', body: { name: 'x', scopes: ['games:read'] } }), 401);
    for (const body of [{ name: '', scopes: ['games:read'] }, { name: 'x', scopes: [] }, { name: 'x', scopes: ['games:admin'] }, { name: 'x', scopes: ['games:read'], expiresInDays: 0 }]) {
      expectProblem(await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens/personal', headers: await bearerFor(me), unchecked: body }), 400);
    }
    const narrow = await createToken(me, { name: 'tokens only', scopes: ['tokens:write', 'games:read'] });
    const widened = await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens/personal', headers: pat(narrow.token), body: { name: 'wider', scopes: ['games:write'] } });
    expectProblem(widened, 403);
    expect((await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens/personal', headers: pat(narrow.token), body: { name: 'same', scopes: ['games:read'] } })).status).toBe(201);

    const expiring = await createToken(me, { name: 'short', scopes: ['games:read'], expiresInDays: 1 });
    await getDb().update(personalAccessTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(personalAccessTokens.id, expiring.id));
    expectProblem(await call(gamesRoute.GET, { path: '/api/games', headers: pat(expiring.token) }), 401);
    expectProblem(await call(gamesRoute.GET, { path: '/api/games', headers: pat('dn_pat_unknown') }), 401);

    await getDb().update(users).set({ isActive: false }).where(eq(users.id, me.id));
    forgetUserLocally(me.id); // what the deletion's user:changed event does
    expectProblem(await call(gamesRoute.GET, { path: '/api/games', headers: pat(narrow.token) }), 401);
  });

  it('works without a browser session: a cookie-less write with the token needs no Origin', async () => {
    const host = await createUser();
    const { token } = await createToken(host, { name: 'games', scopes: ['games:write'] });
    const start = new Date(Date.now() + 72 * 3_600_000);
    const res = await call(gamesRoute.POST, {
      method: 'POST', path: '/api/games', headers: pat(token),
      body: { sport: 'futsal', title: '토큰으로 연 경기', description: '', level: 'any', placeName: '용담 풋살장', address: '제주시 용담로 1', neighbourhoodCode: YONGDAM2, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), minPlayers: 2, maxPlayers: 10, fee: 0 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // The session cookie is not a token: it keeps every scope.
    expect((await call(meRoute.GET, { path: '/api/users/me', headers: await cookieFor(host) })).status).toBe(200);
  });
});

describe('scopes of every operation', () => {
  it('every authenticated operation needs a scope of a known area, and the document says which', () => {
    const doc = apiDocument() as unknown as { paths: Record<string, Record<string, { 'x-required-scope'?: string; security: Record<string, string[]>[] }>> };
    for (const e of allEndpoints) {
      const scope = requiredScope(e);
      const op = doc.paths[e.path]![e.method.toLowerCase()]!;
      if (e.auth === 'none') {
        expect(scope).toBeNull();
        continue;
      }
      expect(allScopes, `${e.method} ${e.path}`).toContain(scope);
      expect(op['x-required-scope']).toBe(scope);
      expect(op.security).toContainEqual({ personalToken: [scope] });
    }
    expect(scopeAreas).toContain('webhooks');
  });

  it('every write route refuses a read-only token with 403 insufficient_scope before reading its input', async () => {
    const me = await createUser({ role: 'admin' });
    const { token } = await createToken(me, { name: 'read only', scopes: allScopes.filter((s) => s.endsWith(':read')) });
    const writes = allEndpoints.filter((e) => e.auth !== 'none' && e.method !== 'GET');
    expect(writes.length).toBeGreaterThan(60);
    for (const e of writes) {
      const handler = await routeHandler(e.path, e.method);
      expect(handler, `${e.method} ${e.path} has a route`).toBeTypeOf('function');
      const params = Object.fromEntries([...e.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, name === 'key' ? ['x'] : '1']));
      const res = await handler!(new Request(`http://localhost${e.path}`, { method: e.method, headers: { ...pat(token), 'content-type': 'application/json' }, body: '{}' }), {
        params: Promise.resolve(params as Record<string, string>),
      });
      expect(res.status, `${e.method} ${e.path}`).toBe(403);
      expect(((await res.json()) as { reason?: string }).reason, `${e.method} ${e.path}`).toBe('insufficient_scope');
    }
  });
});

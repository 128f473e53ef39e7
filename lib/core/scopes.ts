import type { Endpoint } from './endpoint';

/**
 * What a personal access token may do: an area of the API, read or write. An operation needs
 * `<area>:read` when it only reads (GET) and `<area>:write` otherwise; `<area>:write` includes
 * `<area>:read`. The area comes from the operation's OpenAPI tag (one table, so a new route of
 * an existing domain is covered at once; tests/api/scopes.test.ts fails on a tag missing here),
 * or from the endpoint's own `scopeArea` where its tag is not the right one.
 */
export const scopeAreaOfTag = {
  accounts: 'account',
  kakao: 'account',
  'password-resets': 'account',
  tokens: 'tokens',
  friends: 'friends',
  chat: 'chat',
  'meal boards': 'posts',
  'group orders': 'orders',
  'community board': 'community',
  games: 'games',
  spaces: 'spaces',
  reservations: 'reservations',
  payments: 'payments',
  settlements: 'settlements',
  notifications: 'notifications',
  push: 'notifications',
  reports: 'reports',
  admin: 'admin',
  'weather and menus': 'home',
  neighbourhoods: 'home',
  images: 'home',
  ops: 'home',
  webhooks: 'webhooks',
  // 동네인증, no-shows and disputes.
  trust: 'trust',
} as const satisfies Record<string, string>;

export type ScopeArea = (typeof scopeAreaOfTag)[keyof typeof scopeAreaOfTag];
export const scopeAreas = [...new Set(Object.values(scopeAreaOfTag))] as ScopeArea[];
export type Scope = `${ScopeArea}:${'read' | 'write'}`;
export const allScopes = scopeAreas.flatMap((area) => [`${area}:read`, `${area}:write`] as Scope[]);

/** The scope an operation needs, or null for operations anyone may call (auth: 'none'). */
export function requiredScope(endpoint: Pick<Endpoint, 'auth' | 'method' | 'tag' | 'scopeArea'>): Scope | null {
  if (endpoint.auth === 'none') return null;
  const area = endpoint.scopeArea ?? (scopeAreaOfTag as Record<string, ScopeArea | undefined>)[endpoint.tag];
  if (!area) throw new Error(`no scope area for the tag "${endpoint.tag}" (lib/core/scopes.ts)`);
  return `${area}:${endpoint.method === 'GET' ? 'read' : 'write'}`;
}

/** Whether granted scopes cover a needed one (write includes read). */
export function scopesAllow(granted: readonly string[], needed: Scope) {
  if (granted.includes(needed)) return true;
  const [area, access] = needed.split(':');
  return access === 'read' && granted.includes(`${area}:write`);
}

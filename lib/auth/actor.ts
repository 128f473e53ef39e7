import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { unauthenticated } from '@/lib/core/domain-error';
import { verifyAccessToken } from '@/lib/accounts/access-token';
import { parseCookieHeader, readSessionCookie } from './session-cookie';
import { isFamilyAlive } from '@/lib/accounts/token-families';
import { findPersonalToken } from '@/lib/accounts/personal-tokens';
import { PERSONAL_TOKEN_PREFIX } from '@/lib/accounts/personal-token-schema';
import { activeUserForRequest } from './user-cache';

/** `scopes`: set when the caller is a personal access token, which may do only what they cover. */
export type Actor = { user: User; via: 'bearer' | 'cookie'; scopes?: readonly string[] };

/**
 * Who is calling: a Bearer access token or the next-auth session cookie. Both carry the
 * user's tokenVersion, compared with the database on every request, so a password change,
 * logout-everywhere or deletion takes effect at once. A personal access token (`dn_pat_…`)
 * lives until revoked or expired, whatever happens to sessions, and only while its owner's
 * account is active; it carries its scopes. A bad Bearer token is an error
 * (the client meant to authenticate); a stale cookie just means anonymous.
 */
export async function resolveActor(db: Db, headers: Headers): Promise<Actor | null> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() === 'bearer' && token?.startsWith(PERSONAL_TOKEN_PREFIX)) {
      const pat = await findPersonalToken(db, token);
      const user = pat && (await activeUserForRequest(db, pat.userId));
      if (!pat || !user || user.bannedAt) throw unauthenticated('개인 액세스 토큰이 만료되었거나 올바르지 않습니다.');
      return { user, via: 'bearer', scopes: pat.scopes };
    }
    const claims = scheme?.toLowerCase() === 'bearer' && token ? await verifyAccessToken(token) : null;
    const user = claims && (await activeUserForRequest(db, claims.userId));
    const alive = !claims?.familyId || (await isFamilyAlive(db, claims.familyId));
    if (!claims || !user || user.tokenVersion !== claims.tokenVersion || !alive) {
      throw unauthenticated('액세스 토큰이 만료되었거나 올바르지 않습니다.');
    }
    return { user, via: 'bearer' };
  }
  const claims = await readSessionCookie(parseCookieHeader(headers.get('cookie')));
  if (!claims) return null;
  const user = await activeUserForRequest(db, claims.userId);
  if (!user || user.tokenVersion !== claims.tokenVersion) return null;
  return { user, via: 'cookie' };
}

/** The address server.ts recorded for this request (x-forwarded-for is only trusted behind TRUST_PROXY). */
export const clientIp = (headers: Headers | Record<string, string | string[] | undefined>) => {
  const value = headers instanceof Headers ? headers.get('x-dongne-client-ip') : headers['x-dongne-client-ip'];
  return (Array.isArray(value) ? value[0] : value) || 'unknown';
};

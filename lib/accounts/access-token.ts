import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { LRUCache } from 'lru-cache';
import { boundedCache } from '@/lib/core/bounded-cache';
import { getAuthSecret } from '@/lib/core/auth-secret';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** familyId: the refresh-token family (login) that issued it, so revoking the family ends it too. */
export type AccessClaims = { userId: number; tokenVersion: number; familyId?: string };

type Signer = { secret: string; key: Promise<CryptoKey>; verified: LRUCache<string, AccessClaims> };

// A key of its own, so an access token can never be mistaken for a session cookie or vice versa.
// Imported once per secret: importing it on every request was most of a token check's cost.
// A token's signature is checked once and its claims kept until it expires: an API client sends
// the same token for 15 minutes, and the HMAC through WebCrypto was a large part of each request.
// Revocation doesn't depend on this: the claims' tokenVersion is compared with the user's and
// the family is checked (lib/auth/token-families.ts) on every request.
let signer: Signer | undefined;
function currentSigner(): Signer {
  const secret = getAuthSecret();
  if (signer?.secret !== secret) {
    const raw = createHash('sha256').update(`dongne:access-token:${secret}`).digest();
    signer = {
      secret,
      key: crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
      verified: boundedCache({ entries: 10_000 }),
    };
  }
  return signer;
}

export async function signAccessToken({ userId, tokenVersion, familyId }: AccessClaims, now = new Date()) {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ tv: tokenVersion, typ: 'access', ...(familyId && { fam: familyId }) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(await currentSigner().key);
}

export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  const { key, verified } = currentSigner();
  const known = verified.get(token);
  if (known) return known;
  try {
    const { payload } = await jwtVerify(token, await key, { algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    if (payload.typ !== 'access' || !Number.isSafeInteger(userId) || typeof payload.tv !== 'number' || !payload.exp) return null;
    if (payload.fam !== undefined && typeof payload.fam !== 'string') return null;
    const claims = { userId, tokenVersion: payload.tv, ...(payload.fam && { familyId: payload.fam }) };
    verified.set(token, claims, { ttl: payload.exp * 1000 - Date.now() });
    return claims;
  } catch {
    return null;
  }
}

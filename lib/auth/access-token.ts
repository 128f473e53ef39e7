import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { getAuthSecret } from './secret';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

// A key of its own, so an access token can never be mistaken for a session cookie or vice versa.
// Imported once per secret: importing it on every request was most of a token check's cost.
let cached: { secret: string; key: Promise<CryptoKey> } | undefined;
function signingKey() {
  const secret = getAuthSecret();
  if (cached?.secret !== secret) {
    const raw = createHash('sha256').update(`dongne:access-token:${secret}`).digest();
    cached = { secret, key: crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']) };
  }
  return cached.key;
}

export type AccessClaims = { userId: number; tokenVersion: number };

export async function signAccessToken({ userId, tokenVersion }: AccessClaims, now = new Date()) {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ tv: tokenVersion, typ: 'access' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(await signingKey());
}

export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), { algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    if (payload.typ !== 'access' || !Number.isSafeInteger(userId) || typeof payload.tv !== 'number') return null;
    return { userId, tokenVersion: payload.tv };
  } catch {
    return null;
  }
}

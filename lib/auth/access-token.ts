import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { getAuthSecret } from './secret';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

// A key of its own, so an access token can never be mistaken for a session cookie or vice versa.
const signingKey = () => createHash('sha256').update(`dongne:access-token:${getAuthSecret()}`).digest();

export type AccessClaims = { userId: number; tokenVersion: number };

export async function signAccessToken({ userId, tokenVersion }: AccessClaims, now = new Date()) {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ tv: tokenVersion, typ: 'access' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(signingKey());
}

export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), { algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    if (payload.typ !== 'access' || !Number.isSafeInteger(userId) || typeof payload.tv !== 'number') return null;
    return { userId, tokenVersion: payload.tv };
  } catch {
    return null;
  }
}

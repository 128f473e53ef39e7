import { decode, encode } from 'next-auth/jwt';
import { getAuthSecret } from '@/lib/core/auth-secret';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const SECURE_NAME = '__Secure-next-auth.session-token';
const PLAIN_NAME = 'next-auth.session-token';

export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

/** next-auth splits large cookies into name.0, name.1, …; ours are small but read both forms. */
function readChunked(cookies: Record<string, string>, name: string) {
  if (cookies[name]) return cookies[name];
  const chunks = Object.keys(cookies)
    .filter((k) => k.startsWith(`${name}.`))
    .sort((a, b) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
  return chunks.length ? chunks.map((k) => cookies[k]).join('') : undefined;
}

export type SessionClaims = { userId: number; tokenVersion: number };

async function decodeSession(cookies: Record<string, string>) {
  const raw = readChunked(cookies, SECURE_NAME) ?? readChunked(cookies, PLAIN_NAME);
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: getAuthSecret() });
  } catch {
    return null;
  }
}

export async function readSessionCookie(cookies: Record<string, string>): Promise<SessionClaims | null> {
  const token = await decodeSession(cookies);
  const userId = Number(token?.uid);
  if (!token || !Number.isSafeInteger(userId) || typeof token.tv !== 'number') return null;
  return { userId, tokenVersion: token.tv };
}

/**
 * The pending signup of a first Kakao login: its cookie carries no user (so it is anonymous
 * everywhere) until the person picks a neighbourhood.
 */
export async function readPendingSignup(cookies: Record<string, string>): Promise<string | null> {
  const token = await decodeSession(cookies);
  return token && token.uid === undefined && typeof token.signup === 'string' ? token.signup : null;
}

/**
 * A fresh session cookie for a user, in next-auth's format, for flows that must keep the
 * caller signed in after revoking every other session (password change).
 */
export async function sessionCookieHeader(
  user: { id: number; username: string; email: string; tokenVersion: number },
  secure: boolean,
) {
  const token = await encode({
    token: { sub: String(user.id), uid: user.id, tv: user.tokenVersion, name: user.username, email: user.email },
    secret: getAuthSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const name = secure ? SECURE_NAME : PLAIN_NAME;
  return `${name}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_MAX_AGE_SECONDS}${secure ? '; Secure' : ''}`;
}

export const isSecureSessionCookie = (cookies: Record<string, string>) =>
  Object.keys(cookies).some((k) => k.startsWith(SECURE_NAME));

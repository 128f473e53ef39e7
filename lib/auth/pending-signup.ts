import { DomainError, forbidden } from '@/lib/core/domain-error';
import { isSameOriginRequest } from './csrf';
import { isSecureSessionCookie, parseCookieHeader, readPendingSignup, sessionCookieHeader } from './session-cookie';

/**
 * The pending Kakao signup behind this request's session cookie. Writes with it must come
 * from our own pages, like any cookie-authenticated write.
 */
export async function pendingSignupOf(req: Request) {
  if (req.method !== 'GET' && !isSameOriginRequest(req)) throw forbidden('허용되지 않은 출처의 요청입니다.');
  const cookies = parseCookieHeader(req.headers.get('cookie'));
  const signupId = await readPendingSignup(cookies);
  if (!signupId) {
    throw new DomainError('not_found', '카카오 로그인 정보가 없거나 만료되었습니다. 카카오로 다시 시작해 주세요.', { reason: 'signup_expired' });
  }
  return {
    signupId,
    /** The session cookie that replaces the pending one: the person is now signed in as this user. */
    signIn: (user: Parameters<typeof sessionCookieHeader>[0]) => sessionCookieHeader(user, isSecureSessionCookie(cookies)),
  };
}

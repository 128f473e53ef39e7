import { changePasswordEndpoint, setPasswordEndpoint } from '@/lib/accounts/endpoints';
import { changePassword, setPassword } from '@/lib/accounts/mutations';
import { getMe } from '@/lib/accounts/queries';
import { issueTokens } from '@/lib/accounts/tokens';
import { isSecureSessionCookie, parseCookieHeader, sessionCookieHeader } from '@/lib/auth/session-cookie';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

/** Every other session ends; the caller stays signed in with a fresh cookie or token pair. */
export const POST = handle(changePasswordEndpoint, async ({ db, req, actor, body }) => {
  const user = await changePassword(db, actor.user.id, body);
  const me = await getMe(db, user.id);
  if (actor.via === 'bearer') return json({ user: me, ...(await issueTokens(db, user)) });
  const secure = isSecureSessionCookie(parseCookieHeader(req.headers.get('cookie')));
  return json({ user: me }, 200, { 'set-cookie': await sessionCookieHeader(user, secure) });
});

/** A Kakao-only account's first password; nothing is revoked (no password existed to steal). */
export const PUT = handle(setPasswordEndpoint, async ({ db, actor, body }) => json(await setPassword(db, actor.user.id, body)));

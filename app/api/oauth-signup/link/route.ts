import { linkOAuthSignupEndpoint } from '@/lib/accounts/endpoints';
import { processLoginThrottle } from '@/lib/accounts/login-throttle';
import { linkOAuthSignup } from '@/lib/accounts/oauth';
import { getMe } from '@/lib/accounts/queries';
import { clientIp } from '@/lib/auth/actor';
import { pendingSignupOf } from '@/lib/auth/pending-signup';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(linkOAuthSignupEndpoint, async ({ db, req, body }) => {
  const pending = await pendingSignupOf(req);
  const user = await linkOAuthSignup(db, await processLoginThrottle(), pending.signupId, {
    password: body.password,
    ip: clientIp(req.headers),
  });
  return json(await getMe(db, user.id), 200, { 'set-cookie': await pending.signIn(user) });
});

import { authenticate } from '@/lib/accounts/authenticate';
import { createTokensEndpoint, revokeTokensEndpoint } from '@/lib/accounts/endpoints';
import { processLoginThrottle } from '@/lib/accounts/login-throttle';
import { getMe } from '@/lib/accounts/queries';
import { issueTokens, revokeRefreshToken } from '@/lib/accounts/tokens';
import { clientIp } from '@/lib/auth/actor';
import { handle } from '@/lib/http/handler';
import { created, noContent } from '@/lib/http/responses';

export const POST = handle(createTokensEndpoint, async ({ db, req, body }) => {
  const user = await authenticate(db, await processLoginThrottle(), { ...body, ip: clientIp(req.headers) });
  return created({ ...(await issueTokens(db, user)), user: await getMe(db, user.id) });
});

export const DELETE = handle(revokeTokensEndpoint, async ({ db, body }) => {
  await revokeRefreshToken(db, body.refreshToken);
  return noContent();
});

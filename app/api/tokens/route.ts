import { getDb } from '@/db/client';
import { authenticate } from '@/lib/accounts/authenticate';
import { createTokensEndpoint, revokeTokensEndpoint } from '@/lib/accounts/endpoints';
import { processLoginThrottle } from '@/lib/accounts/login-throttle';
import { getMe } from '@/lib/accounts/queries';
import { issueTokens, revokeRefreshToken } from '@/lib/accounts/tokens';
import { clientIp } from '@/lib/auth/actor';
import { handle } from '@/lib/http/handler';
import { created, noContent } from '@/lib/http/responses';

export const POST = handle(createTokensEndpoint, async ({ req, body }) => {
  const db = getDb();
  const user = await authenticate(db, await processLoginThrottle(), { ...body, ip: clientIp(req.headers) });
  return created({ ...(await issueTokens(db, user)), user: await getMe(db, user.id) });
});

export const DELETE = handle(revokeTokensEndpoint, async ({ body }) => {
  await revokeRefreshToken(getDb(), body.refreshToken);
  return noContent();
});

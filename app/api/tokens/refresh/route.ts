import { refreshTokensEndpoint } from '@/lib/accounts/endpoints';
import { getMe } from '@/lib/accounts/queries';
import { rotateRefreshToken } from '@/lib/accounts/tokens';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const POST = handle(refreshTokensEndpoint, async ({ db, body }) => {
  const { user, tokens } = await rotateRefreshToken(db, body.refreshToken);
  return json({ ...tokens, user: await getMe(db, user.id) });
});

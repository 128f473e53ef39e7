import { getPersonalTokenEndpoint, revokePersonalTokenEndpoint } from '@/lib/accounts/endpoints';
import { getPersonalToken, revokePersonalToken } from '@/lib/accounts/personal-tokens';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const GET = handle(getPersonalTokenEndpoint, async ({ db, actor, params }) => json(await getPersonalToken(db, actor.user.id, params.id)));

export const DELETE = handle(revokePersonalTokenEndpoint, async ({ db, actor, params }) => {
  await revokePersonalToken(db, actor.user.id, params.id);
  return noContent();
});

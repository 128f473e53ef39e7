import { createPersonalTokenEndpoint, listPersonalTokensEndpoint } from '@/lib/accounts/endpoints';
import { createPersonalToken, listPersonalTokens } from '@/lib/accounts/personal-tokens';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listPersonalTokensEndpoint, async ({ db, actor }) => json(await listPersonalTokens(db, actor.user.id)));

export const POST = handle(createPersonalTokenEndpoint, async ({ db, actor, body }) => created(await createPersonalToken(db, actor.user.id, body, actor.scopes)));

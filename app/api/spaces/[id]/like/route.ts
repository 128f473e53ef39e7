import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { likeSpaceEndpoint, unlikeSpaceEndpoint } from '@/lib/spaces/endpoints';
import { likeSpace, unlikeSpace } from '@/lib/spaces/mutations';

export const POST = handle(likeSpaceEndpoint, async ({ actor, params }) => json(await likeSpace(getDb(), actor.user, params.id)));

export const DELETE = handle(unlikeSpaceEndpoint, async ({ actor, params }) => json(await unlikeSpace(getDb(), actor.user, params.id)));

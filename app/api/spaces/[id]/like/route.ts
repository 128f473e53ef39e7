import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { likeSpaceEndpoint, unlikeSpaceEndpoint } from '@/lib/spaces/endpoints';
import { likeSpace, unlikeSpace } from '@/lib/spaces/mutations';

export const POST = handle(likeSpaceEndpoint, async ({ db, actor, params }) => json(await likeSpace(db, actor.user, params.id)));

export const DELETE = handle(unlikeSpaceEndpoint, async ({ db, actor, params }) => json(await unlikeSpace(db, actor.user, params.id)));

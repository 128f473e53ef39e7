import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createSpaceEndpoint, listSpacesEndpoint } from '@/lib/spaces/endpoints';
import { createSpace } from '@/lib/spaces/mutations';
import { getSpace, listSpaces } from '@/lib/spaces/queries';

export const GET = handle(listSpacesEndpoint, async ({ db, actor, query }) => json(await listSpaces(db, actor?.user.id ?? null, query, new Date())));

export const POST = handle(createSpaceEndpoint, async ({ db, actor, body }) => {
  const space = await createSpace(db, actor.user, body);
  return created(await getSpace(db, space.id, actor.user.id));
});

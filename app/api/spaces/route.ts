import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createSpaceEndpoint, listSpacesEndpoint } from '@/lib/spaces/endpoints';
import { createSpace } from '@/lib/spaces/mutations';
import { getSpace, listSpaces } from '@/lib/spaces/queries';

export const GET = handle(listSpacesEndpoint, async ({ actor, query }) => json(await listSpaces(getDb(), actor?.user.id ?? null, query, new Date())));

export const POST = handle(createSpaceEndpoint, async ({ actor, body }) => {
  const space = await createSpace(getDb(), actor.user, body);
  return created(await getSpace(getDb(), space.id, actor.user.id));
});

import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';
import { deleteSpaceEndpoint, getSpaceEndpoint, updateSpaceEndpoint } from '@/lib/spaces/endpoints';
import { deleteSpace, updateSpace } from '@/lib/spaces/mutations';
import { getSpace } from '@/lib/spaces/queries';

export const GET = handle(getSpaceEndpoint, async ({ db, actor, params }) => json(await getSpace(db, params.id, actor?.user.id ?? null)));

export const PATCH = handle(updateSpaceEndpoint, async ({ db, actor, params, body }) => {
  await updateSpace(db, actor.user, params.id, body);
  return json(await getSpace(db, params.id, actor.user.id));
});

export const DELETE = handle(deleteSpaceEndpoint, async ({ db, actor, params }) => {
  await deleteSpace(db, actor.user, params.id);
  return noContent();
});

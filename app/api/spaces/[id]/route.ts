import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';
import { deleteSpaceEndpoint, getSpaceEndpoint, updateSpaceEndpoint } from '@/lib/spaces/endpoints';
import { deleteSpace, updateSpace } from '@/lib/spaces/mutations';
import { getSpace } from '@/lib/spaces/queries';

export const GET = handle(getSpaceEndpoint, async ({ actor, params }) => json(await getSpace(getDb(), params.id, actor?.user.id ?? null)));

export const PATCH = handle(updateSpaceEndpoint, async ({ actor, params, body }) => {
  await updateSpace(getDb(), actor.user, params.id, body);
  return json(await getSpace(getDb(), params.id, actor.user.id));
});

export const DELETE = handle(deleteSpaceEndpoint, async ({ actor, params }) => {
  await deleteSpace(getDb(), actor.user, params.id);
  return noContent();
});

import { getDb } from '@/db/client';
import { deleteCommunityPostEndpoint, getCommunityPostEndpoint, updateCommunityPostEndpoint } from '@/lib/community/endpoints';
import { deletePost, updatePost } from '@/lib/community/mutations';
import { viewPost } from '@/lib/community/queries';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const GET = handle(getCommunityPostEndpoint, async ({ actor, params }) => json(await viewPost(getDb(), params.id, actor?.user.id ?? null)));

export const PATCH = handle(updateCommunityPostEndpoint, async ({ actor, params, body }) => json(await updatePost(getDb(), actor.user, params.id, body)));

export const DELETE = handle(deleteCommunityPostEndpoint, async ({ actor, params }) => {
  await deletePost(getDb(), actor.user, params.id);
  return noContent();
});

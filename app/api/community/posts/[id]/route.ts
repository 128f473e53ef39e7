import { deleteCommunityPostEndpoint, getCommunityPostEndpoint, updateCommunityPostEndpoint } from '@/lib/community/endpoints';
import { deletePost, updatePost } from '@/lib/community/mutations';
import { viewPost } from '@/lib/community/queries';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const GET = handle(getCommunityPostEndpoint, async ({ db, actor, params }) => json(await viewPost(db, params.id, actor?.user.id ?? null)));

export const PATCH = handle(updateCommunityPostEndpoint, async ({ db, actor, params, body }) => json(await updatePost(db, actor.user, params.id, body)));

export const DELETE = handle(deleteCommunityPostEndpoint, async ({ db, actor, params }) => {
  await deletePost(db, actor.user, params.id);
  return noContent();
});

import { getDb } from '@/db/client';
import { deletePostEndpoint, getPostEndpoint, updatePostEndpoint } from '@/lib/boards/endpoints';
import { deletePost, updatePost } from '@/lib/boards/mutations';
import { getPost } from '@/lib/boards/queries';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const GET = handle(getPostEndpoint, async ({ actor, params }) => json(await getPost(getDb(), params.id, actor.user.id)));

export const PATCH = handle(updatePostEndpoint, async ({ actor, params, body }) => {
  const post = await updatePost(getDb(), actor.user, params.id, body);
  return json(post);
});

export const DELETE = handle(deletePostEndpoint, async ({ actor, params }) => {
  await deletePost(getDb(), actor.user, params.id);
  return noContent();
});

import { deletePostEndpoint, getPostEndpoint, updatePostEndpoint } from '@/lib/boards/endpoints';
import { deletePost, updatePost } from '@/lib/boards/mutations';
import { getPost } from '@/lib/boards/queries';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const GET = handle(getPostEndpoint, async ({ db, actor, params }) => json(await getPost(db, params.id, actor.user.id)));

export const PATCH = handle(updatePostEndpoint, async ({ db, actor, params, body }) => {
  const post = await updatePost(db, actor.user, params.id, body);
  return json(post);
});

export const DELETE = handle(deletePostEndpoint, async ({ db, actor, params }) => {
  await deletePost(db, actor.user, params.id);
  return noContent();
});

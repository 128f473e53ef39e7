import { createPostEndpoint, listPostsEndpoint } from '@/lib/boards/endpoints';
import { createPost } from '@/lib/boards/mutations';
import { listPosts } from '@/lib/boards/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listPostsEndpoint, async ({ db, actor, query }) => json(await listPosts(db, actor.user, query)));

export const POST = handle(createPostEndpoint, async ({ db, actor, body }) => {
  const post = await createPost(db, actor.user, body);
  return created(post);
});

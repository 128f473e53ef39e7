import { getDb } from '@/db/client';
import { createPostEndpoint, listPostsEndpoint } from '@/lib/boards/endpoints';
import { createPost } from '@/lib/boards/mutations';
import { listPosts } from '@/lib/boards/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listPostsEndpoint, async ({ actor, query }) => json(await listPosts(getDb(), actor.user, query)));

export const POST = handle(createPostEndpoint, async ({ actor, body }) => {
  const post = await createPost(getDb(), actor.user, body);
  return created(post);
});

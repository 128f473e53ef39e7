import { createCommunityPostEndpoint, listCommunityPostsEndpoint } from '@/lib/community/endpoints';
import { createPost } from '@/lib/community/mutations';
import { listPosts } from '@/lib/community/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listCommunityPostsEndpoint, async ({ db, actor, query }) => json(await listPosts(db, actor.user, query)));

export const POST = handle(createCommunityPostEndpoint, async ({ db, actor, body }) => created(await createPost(db, actor.user, body)));

import { getDb } from '@/db/client';
import { createCommunityPostEndpoint, listCommunityPostsEndpoint } from '@/lib/community/endpoints';
import { createPost } from '@/lib/community/mutations';
import { listPosts } from '@/lib/community/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listCommunityPostsEndpoint, async ({ actor, query }) => json(await listPosts(getDb(), actor.user, query)));

export const POST = handle(createCommunityPostEndpoint, async ({ actor, body }) => created(await createPost(getDb(), actor.user, body)));

import { createCommunityCommentEndpoint, listCommunityCommentsEndpoint } from '@/lib/community/endpoints';
import { addComment } from '@/lib/community/mutations';
import { listComments } from '@/lib/community/queries';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listCommunityCommentsEndpoint, async ({ db, actor, params, query }) => json(await listComments(db, params.id, query, actor?.user.id ?? null)));

export const POST = handle(createCommunityCommentEndpoint, async ({ db, actor, params, body }) => created(await addComment(db, actor.user, params.id, body)));

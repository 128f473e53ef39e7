import { getDb } from '@/db/client';
import { deleteCommunityCommentEndpoint, updateCommunityCommentEndpoint } from '@/lib/community/endpoints';
import { deleteComment, updateComment } from '@/lib/community/mutations';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const PATCH = handle(updateCommunityCommentEndpoint, async ({ actor, params, body }) => json(await updateComment(getDb(), actor.user, params.id, body)));

export const DELETE = handle(deleteCommunityCommentEndpoint, async ({ actor, params }) => {
  await deleteComment(getDb(), actor.user, params.id);
  return noContent();
});

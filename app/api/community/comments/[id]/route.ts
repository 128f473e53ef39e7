import { deleteCommunityCommentEndpoint, updateCommunityCommentEndpoint } from '@/lib/community/endpoints';
import { deleteComment, updateComment } from '@/lib/community/mutations';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const PATCH = handle(updateCommunityCommentEndpoint, async ({ db, actor, params, body }) => json(await updateComment(db, actor.user, params.id, body)));

export const DELETE = handle(deleteCommunityCommentEndpoint, async ({ db, actor, params }) => {
  await deleteComment(db, actor.user, params.id);
  return noContent();
});

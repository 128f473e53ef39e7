import { addReactionEndpoint, removeReactionEndpoint } from '@/lib/chat/endpoints';
import { setReaction } from '@/lib/chat/reactions';
import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';

export const PUT = handle(addReactionEndpoint, async ({ db, actor, params }) => json(await setReaction(db, actor.user, params.id, params.emoji, true)));

export const DELETE = handle(removeReactionEndpoint, async ({ db, actor, params }) => {
  await setReaction(db, actor.user, params.id, params.emoji, false);
  return noContent();
});

import { deleteMessage } from '@/lib/chat/mutations';
import { deleteMessageEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(deleteMessageEndpoint, async ({ db, actor, params }) => {
  await deleteMessage(db, actor.user, params.id, params.messageId);
  return noContent();
});

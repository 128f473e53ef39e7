import { getDb } from '@/db/client';
import { removeMessage } from '@/lib/chat/actions';
import { deleteMessageEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(deleteMessageEndpoint, async ({ actor, params }) => {
  await removeMessage(getDb(), actor.user, params.id, params.messageId);
  return noContent();
});

import { getDb } from '@/db/client';
import { deleteMessage } from '@/lib/chat/mutations';
import { deleteMessageEndpoint } from '@/lib/chat/endpoints';
import { handle } from '@/lib/http/handler';
import { noContent } from '@/lib/http/responses';

export const DELETE = handle(deleteMessageEndpoint, async ({ actor, params }) => {
  await deleteMessage(getDb(), actor.user, params.id, params.messageId);
  return noContent();
});

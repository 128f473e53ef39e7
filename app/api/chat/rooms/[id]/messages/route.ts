import { getDb } from '@/db/client';
import { sendMessage } from '@/lib/chat/mutations';
import { listMessagesEndpoint, sendMessageEndpoint } from '@/lib/chat/endpoints';
import { listMessages } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listMessagesEndpoint, async ({ actor, params, query }) =>
  json(await listMessages(getDb(), params.id, actor.user.id, query)),
);

export const POST = handle(sendMessageEndpoint, async ({ actor, params, body }) => {
  const { message, created } = await sendMessage(getDb(), actor.user, params.id, body);
  return json(message, created ? 201 : 200);
});

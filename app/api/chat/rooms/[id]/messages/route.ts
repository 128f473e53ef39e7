import { sendMessage } from '@/lib/chat/mutations';
import { listMessagesEndpoint, sendMessageEndpoint } from '@/lib/chat/endpoints';
import { listMessages } from '@/lib/chat/queries';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(listMessagesEndpoint, async ({ db, actor, params, query }) =>
  json(await listMessages(db, params.id, actor.user.id, query)),
);

export const POST = handle(sendMessageEndpoint, async ({ db, actor, params, body }) => {
  const { message, created } = await sendMessage(db, actor.user, params.id, body);
  return json(message, created ? 201 : 200);
});

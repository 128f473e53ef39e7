import { handle } from '@/lib/http/handler';
import { created, noContent } from '@/lib/http/responses';
import { subscribeEndpoint, unsubscribeEndpoint } from '@/lib/push/endpoints';
import { subscribe, unsubscribe } from '@/lib/push/subscriptions';

export const POST = handle(subscribeEndpoint, async ({ db, actor, body }) => created(await subscribe(db, actor.user.id, body)));

export const DELETE = handle(unsubscribeEndpoint, async ({ db, actor, body }) => {
  await unsubscribe(db, actor.user.id, body.endpoint);
  return noContent();
});

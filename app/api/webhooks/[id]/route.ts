import { handle } from '@/lib/http/handler';
import { json, noContent } from '@/lib/http/responses';
import { deleteWebhookEndpoint, getWebhookEndpoint, updateWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { deleteWebhook, getWebhook, updateWebhook } from '@/lib/webhooks/manage';

export const GET = handle(getWebhookEndpoint, async ({ db, actor, params }) => json(await getWebhook(db, actor.user.id, params.id)));

export const PATCH = handle(updateWebhookEndpoint, async ({ db, actor, params, body }) => json(await updateWebhook(db, actor.user.id, params.id, body)));

export const DELETE = handle(deleteWebhookEndpoint, async ({ db, actor, params }) => {
  await deleteWebhook(db, actor.user.id, params.id);
  return noContent();
});

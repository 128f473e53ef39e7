import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createWebhookEndpoint, listWebhooksEndpoint } from '@/lib/webhooks/endpoints';
import { createWebhook, listWebhooks } from '@/lib/webhooks/manage';

export const GET = handle(listWebhooksEndpoint, async ({ db, actor }) => json(await listWebhooks(db, actor.user.id)));

export const POST = handle(createWebhookEndpoint, async ({ db, actor, body }) => created(await createWebhook(db, actor.user.id, body)));

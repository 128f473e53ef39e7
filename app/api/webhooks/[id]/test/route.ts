import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';
import { testWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { sendTestWebhook } from '@/lib/webhooks/manage';

export const POST = handle(testWebhookEndpoint, async ({ db, actor, params }) => created(await sendTestWebhook(db, actor.user.id, params.id)));

import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { retryDeliveryEndpoint } from '@/lib/webhooks/endpoints';
import { retryDelivery } from '@/lib/webhooks/manage';

export const POST = handle(retryDeliveryEndpoint, async ({ db, actor, params }) => json(await retryDelivery(db, actor.user.id, params.id, params.deliveryId)));

import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { deliverOrderEndpoint } from '@/lib/orders/endpoints';
import { markDelivered } from '@/lib/orders/mutations';

export const POST = handle(deliverOrderEndpoint, async ({ db, actor, params }) => json(await markDelivered(db, actor.user, params.id)));

import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { cancelOrderEndpoint } from '@/lib/orders/endpoints';
import { cancelOrder } from '@/lib/orders/mutations';

export const POST = handle(cancelOrderEndpoint, async ({ db, actor, params, body }) => json(await cancelOrder(db, actor.user, params.id, body)));

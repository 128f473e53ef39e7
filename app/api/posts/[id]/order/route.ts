import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getOrderEndpoint, putOrderEndpoint } from '@/lib/orders/endpoints';
import { putOrder } from '@/lib/orders/mutations';
import { getOrder } from '@/lib/orders/queries';

export const GET = handle(getOrderEndpoint, async ({ db, actor, params }) => json(await getOrder(db, actor.user.id, params.id)));

export const PUT = handle(putOrderEndpoint, async ({ db, actor, params, body }) => json(await putOrder(db, actor.user, params.id, body)));

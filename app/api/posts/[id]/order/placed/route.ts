import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { placeOrderEndpoint } from '@/lib/orders/endpoints';
import { markPlaced } from '@/lib/orders/mutations';

export const POST = handle(placeOrderEndpoint, async ({ db, actor, params }) => json(await markPlaced(db, actor.user, params.id)));

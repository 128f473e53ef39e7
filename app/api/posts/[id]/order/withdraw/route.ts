import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { withdrawOrderEndpoint } from '@/lib/orders/endpoints';
import { withdrawFromOrder } from '@/lib/orders/mutations';

export const POST = handle(withdrawOrderEndpoint, async ({ db, actor, params }) => json(await withdrawFromOrder(db, actor.user, params.id)));

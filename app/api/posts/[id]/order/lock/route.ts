import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { lockOrderEndpoint } from '@/lib/orders/endpoints';
import { lockOrderShares } from '@/lib/orders/mutations';

export const POST = handle(lockOrderEndpoint, async ({ db, actor, params }) => json(await lockOrderShares(db, actor.user, params.id)));

import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { unlockOrderEndpoint } from '@/lib/orders/endpoints';
import { unlockOrder } from '@/lib/orders/mutations';

export const POST = handle(unlockOrderEndpoint, async ({ db, actor, params }) => json(await unlockOrder(db, actor.user, params.id)));

import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { listDeliveriesEndpoint } from '@/lib/webhooks/endpoints';
import { listDeliveries } from '@/lib/webhooks/manage';

export const GET = handle(listDeliveriesEndpoint, async ({ db, actor, params, query }) => json(await listDeliveries(db, actor.user.id, params.id, query)));

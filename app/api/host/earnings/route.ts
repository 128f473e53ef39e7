import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { hostEarnings } from '@/lib/settlements/earnings';
import { hostEarningsEndpoint } from '@/lib/settlements/endpoints';

export const GET = handle(hostEarningsEndpoint, async ({ db, actor, query }) => json(await hostEarnings(db, actor.user.id, query, new Date())));

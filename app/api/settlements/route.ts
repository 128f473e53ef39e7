import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { settlementsEndpoint } from '@/lib/settlements/endpoints';
import { settlementSummary } from '@/lib/settlements/queries';

export const GET = handle(settlementsEndpoint, async ({ db, actor, query }) => json(await settlementSummary(db, actor.user.id, query)));

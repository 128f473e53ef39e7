import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { hostSpaceStatsEndpoint } from '@/lib/spaces/endpoints';
import { hostSpaceStats } from '@/lib/spaces/host-stats';

export const GET = handle(hostSpaceStatsEndpoint, async ({ db, actor, query }) => json(await hostSpaceStats(db, actor.user.id, query, new Date())));

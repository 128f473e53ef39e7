import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { hostSpaceStatsEndpoint } from '@/lib/spaces/endpoints';
import { hostSpaceStats } from '@/lib/spaces/host-stats';

export const GET = handle(hostSpaceStatsEndpoint, async ({ actor, query }) => json(await hostSpaceStats(getDb(), actor.user.id, query, new Date())));

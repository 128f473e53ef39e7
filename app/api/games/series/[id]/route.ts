import { getSeriesEndpoint, updateSeriesEndpoint } from '@/lib/games/endpoints';
import { getSeries, updateSeries } from '@/lib/games/series';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getSeriesEndpoint, async ({ db, params }) => json(await getSeries(db, params.id)));

export const PATCH = handle(updateSeriesEndpoint, async ({ db, actor, params, body }) => json(await updateSeries(db, actor.user, params.id, body)));

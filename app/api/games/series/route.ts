import { createSeriesEndpoint } from '@/lib/games/endpoints';
import { createSeries } from '@/lib/games/series';
import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';

export const POST = handle(createSeriesEndpoint, async ({ db, actor, body }) => created(await createSeries(db, actor.user, body)));

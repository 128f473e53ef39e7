import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { weatherEndpoint } from '@/lib/weather/endpoints';
import { getNeighbourhoodWeather } from '@/lib/weather/queries';

export const dynamic = 'force-dynamic';

export const GET = handle(weatherEndpoint, async ({ db, actor }) =>
  json(await getNeighbourhoodWeather(db, actor.user.neighbourhoodCode), 200, { 'cache-control': 'private, max-age=60' }),
);

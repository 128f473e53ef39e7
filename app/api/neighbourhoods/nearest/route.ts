import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { nearestNeighbourhoodEndpoint } from '@/lib/neighbourhoods/endpoints';
import { nearestNeighbourhood } from '@/lib/neighbourhoods/queries';

export const GET = handle(nearestNeighbourhoodEndpoint, async ({ query }) =>
  json(await nearestNeighbourhood(getDb(), query.lat, query.lng)),
);

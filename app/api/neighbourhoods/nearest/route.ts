import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { nearestNeighbourhoodEndpoint } from '@/lib/neighbourhoods/endpoints';
import { nearestNeighbourhood } from '@/lib/neighbourhoods/queries';

export const GET = handle(nearestNeighbourhoodEndpoint, async ({ db, query }) =>
  json(await nearestNeighbourhood(db, query.lat, query.lng)),
);

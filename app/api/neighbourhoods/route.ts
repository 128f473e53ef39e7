import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { searchNeighbourhoodsEndpoint } from '@/lib/neighbourhoods/endpoints';
import { searchNeighbourhoods } from '@/lib/neighbourhoods/queries';

export const GET = handle(searchNeighbourhoodsEndpoint, async ({ db, query }) =>
  json({ items: await searchNeighbourhoods(db, query.q, query.limit) }),
);

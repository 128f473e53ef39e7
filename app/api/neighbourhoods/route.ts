import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { searchNeighbourhoodsEndpoint } from '@/lib/neighbourhoods/endpoints';
import { searchNeighbourhoods } from '@/lib/neighbourhoods/queries';

export const GET = handle(searchNeighbourhoodsEndpoint, async ({ query }) =>
  json({ items: await searchNeighbourhoods(getDb(), query.q, query.limit) }),
);

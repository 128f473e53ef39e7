import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { getNeighbourhoodEndpoint } from '@/lib/neighbourhoods/endpoints';
import { getNeighbourhood } from '@/lib/neighbourhoods/queries';

export const GET = handle(getNeighbourhoodEndpoint, async ({ db, params }) => json(await getNeighbourhood(db, params.code)));

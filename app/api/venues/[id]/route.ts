import { getDb } from '@/db/client';
import { getVenueEndpoint, updateVenueEndpoint } from '@/lib/games/endpoints';
import { getVenue, updateVenue } from '@/lib/games/venues';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getVenueEndpoint, async ({ params }) => json(await getVenue(getDb(), params.id)));

export const PATCH = handle(updateVenueEndpoint, async ({ actor, params, body }) => json(await updateVenue(getDb(), actor.user, params.id, body)));

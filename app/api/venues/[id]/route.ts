import { getVenueEndpoint, updateVenueEndpoint } from '@/lib/games/endpoints';
import { getVenue, updateVenue } from '@/lib/games/venues';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';

export const GET = handle(getVenueEndpoint, async ({ db, params }) => json(await getVenue(db, params.id)));

export const PATCH = handle(updateVenueEndpoint, async ({ db, actor, params, body }) => json(await updateVenue(db, actor.user, params.id, body)));

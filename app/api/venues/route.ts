import { createVenueEndpoint, listVenuesEndpoint } from '@/lib/games/endpoints';
import { createVenue, listVenues } from '@/lib/games/venues';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listVenuesEndpoint, async ({ db, query }) => json(await listVenues(db, query)));

export const POST = handle(createVenueEndpoint, async ({ db, actor, body }) => created(await createVenue(db, actor.user, body)));

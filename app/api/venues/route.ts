import { getDb } from '@/db/client';
import { createVenueEndpoint, listVenuesEndpoint } from '@/lib/games/endpoints';
import { createVenue, listVenues } from '@/lib/games/venues';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';

export const GET = handle(listVenuesEndpoint, async ({ query }) => json(await listVenues(getDb(), query)));

export const POST = handle(createVenueEndpoint, async ({ actor, body }) => created(await createVenue(getDb(), actor.user, body)));

import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';
import { reviewReservationEndpoint } from '@/lib/reservations/endpoints';
import { createReview } from '@/lib/spaces/reviews';

export const POST = handle(reviewReservationEndpoint, async ({ actor, params, body }) => created(await createReview(getDb(), actor.user, params.id, body)));

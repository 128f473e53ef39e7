import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';
import { reviewReservationEndpoint } from '@/lib/reservations/endpoints';
import { createReview } from '@/lib/spaces/reviews';

export const POST = handle(reviewReservationEndpoint, async ({ db, actor, params, body }) => created(await createReview(db, actor.user, params.id, body)));

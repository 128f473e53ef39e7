import { handle } from '@/lib/http/handler';
import { created } from '@/lib/http/responses';
import { reviewGuestEndpoint } from '@/lib/reservations/endpoints';
import { reviewGuest } from '@/lib/spaces/guest-reviews';

export const POST = handle(reviewGuestEndpoint, async ({ db, actor, params, body }) => created(await reviewGuest(db, actor.user, params.id, body)));

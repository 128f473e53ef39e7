import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createReviewEndpoint, listGameReviewsEndpoint } from '@/lib/reviews/endpoints';
import { createReview } from '@/lib/reviews/mutations';
import { listGameReviews } from '@/lib/reviews/queries';

export const GET = handle(listGameReviewsEndpoint, async ({ db, actor, params }) => json(await listGameReviews(db, params.id, actor?.user.id)));

export const POST = handle(createReviewEndpoint, async ({ db, actor, params, body }) => created(await createReview(db, actor.user, params.id, body)));

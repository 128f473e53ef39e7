import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { created, json } from '@/lib/http/responses';
import { createReviewEndpoint, listGameReviewsEndpoint } from '@/lib/reviews/endpoints';
import { createReview } from '@/lib/reviews/mutations';
import { listGameReviews } from '@/lib/reviews/queries';

export const GET = handle(listGameReviewsEndpoint, async ({ actor, params }) => json(await listGameReviews(getDb(), params.id, actor?.user.id)));

export const POST = handle(createReviewEndpoint, async ({ actor, params, body }) => created(await createReview(getDb(), actor.user, params.id, body)));

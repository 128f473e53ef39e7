import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { listUserReviewsEndpoint } from '@/lib/reviews/endpoints';
import { listUserReviews } from '@/lib/reviews/queries';

export const GET = handle(listUserReviewsEndpoint, async ({ db, params, query }) => json(await listUserReviews(db, params.id, query)));

import { getDb } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { listUserReviewsEndpoint } from '@/lib/reviews/endpoints';
import { listUserReviews } from '@/lib/reviews/queries';

export const GET = handle(listUserReviewsEndpoint, async ({ params, query }) => json(await listUserReviews(getDb(), params.id, query)));

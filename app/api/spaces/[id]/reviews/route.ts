import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { listSpaceReviewsEndpoint } from '@/lib/spaces/endpoints';
import { listReviews } from '@/lib/spaces/reviews';

export const GET = handle(listSpaceReviewsEndpoint, async ({ db, params, query }) => json(await listReviews(db, params.id, query)));

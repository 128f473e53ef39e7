import { z } from '@/lib/core/zod';
import { endpointGroup } from '@/lib/core/endpoint';
import { pageInfoSchema } from '@/lib/core/pagination';
import { gameIdParams } from '@/lib/games/schema';
import { createReviewBody, gameReviews, ratingSummary, review, reviewUserParams, userReviewsQuery } from './schema';

const api = endpointGroup({ tag: 'games', auth: 'optional', idParams: gameIdParams });

export const listGameReviewsEndpoint = api.get('/api/games/{id}/reviews', '경기 후기 (최신순)와, 로그인한 사람이 아직 평가할 수 있는 사람(canReview: 끝난 경기에 함께한 사람에게만)', gameReviews);

export const createReviewEndpoint = api.define({
  method: 'POST', path: '/api/games/{id}/reviews', auth: 'required',
  summary:
    '후기 남기기: 끝난 경기(finished)에 함께한 호스트와 참가자끼리, 한 사람에게 한 번 (별점 1~5, 후기 500자, 태그). ' +
    '함께하지 않은 사람은 403, 끝나기 전 409 not_finished, 두 번째 409 already_reviewed, 나 자신이나 함께하지 않은 사람을 평가하면 400',
  params: gameIdParams, body: createReviewBody, responses: { 201: review }, errors: [403, 404, 409],
});

export const listUserReviewsEndpoint = api.get('/api/users/{id}/reviews', '사용자가 받은 경기 후기 (최신순)와 평균 별점·후기 수', z.object({ items: z.array(review), page: pageInfoSchema, summary: ratingSummary }), { params: reviewUserParams, query: userReviewsQuery });

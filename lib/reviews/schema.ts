import { userRef } from '@/lib/accounts/user-ref';
import { reviewTag, reviewTagsField } from '@/lib/trust/review-tags';
import { z } from '@/lib/core/zod';
import { pageQuery } from '@/lib/core/pagination';


const id = z.coerce.number().int().positive().max(2_147_483_647);

export const createReviewBody = z
  .object({
    revieweeId: z.number({ error: '누구를 평가할지 골라 주세요.' }).int().positive().max(2_147_483_647),
    rating: z.number({ error: '별점을 골라 주세요.' }).int('별점은 1~5 사이 정수입니다.').min(1, '별점은 1점 이상입니다.').max(5, '별점은 5점 이하입니다.'),
    comment: z.string().trim().max(500, '후기는 500자 이하여야 합니다.').default(''),
    tags: reviewTagsField,
  })
  .strict();
export type CreateReviewInput = z.infer<typeof createReviewBody>;

export const userReviewsQuery = z.object(pageQuery);
export const reviewUserParams = z.object({ id });

export const review = z.object({
  id: z.number().int(),
  game: z.object({ id: z.number().int(), title: z.string(), sport: z.string() }),
  reviewer: userRef,
  reviewee: userRef,
  rating: z.number().int(),
  comment: z.string(),
  tags: z.array(reviewTag),
  createdAt: z.iso.datetime(),
});
export type ReviewView = z.infer<typeof review>;

export const ratingSummary = z.object({
  /** Rounded to one decimal; null before the first review. */
  average: z.number().nullable(),
  count: z.number().int(),
});
export type RatingSummary = z.infer<typeof ratingSummary>;

export const gameReviews = z.object({
  items: z.array(review),
  /** The people the caller may still review in this game (empty for anyone who can't review). */
  canReview: z.array(userRef),
});

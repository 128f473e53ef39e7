import { userRef } from '@/lib/accounts/user-ref';
import { z } from '@/lib/core/zod';
import { pageInfoSchema, pageQuery } from '@/lib/core/pagination';
import { reviewTag, reviewTagsField } from '@/lib/trust/review-tags';

export const createReviewBody = z.object({
  rating: z.number({ error: '별점을 1~5 사이로 골라 주세요.' }).int('별점은 정수여야 합니다.').min(1, '별점은 1점 이상이어야 합니다.').max(5, '별점은 5점 이하여야 합니다.'),
  comment: z.string({ error: '후기를 글로 입력해 주세요.' }).trim().max(1000, '후기는 1000자 이하여야 합니다.').default(''),
  /** Compliment and complaint tags from the fixed set (db/constants/reviews.ts); optional like the comment. */
  tags: reviewTagsField,
});
/** Tags are optional for callers inside the app too (the body defaults them to none). */
export type CreateReviewInput = Omit<z.infer<typeof createReviewBody>, 'tags'> & { tags?: z.infer<typeof createReviewBody>['tags'] };

export const listReviewsQuery = z.object({ ...pageQuery });

export const spaceReview = z.object({
  id: z.number().int(),
  spaceId: z.number().int(),
  reservationId: z.number().int(),
  author: userRef,
  rating: z.number().int(),
  comment: z.string(),
  tags: z.array(reviewTag),
  createdAt: z.iso.datetime(),
});
export type SpaceReviewView = z.infer<typeof spaceReview>;

/** `average` is rounded to one decimal and null without reviews. */
export const reviewSummary = z.object({ average: z.number().nullable(), count: z.number().int() });

export const spaceReviewPage = z.object({ items: z.array(spaceReview), page: pageInfoSchema, summary: reviewSummary });

/** The host's review of the guest of a finished booking. */
export const guestReview = z.object({
  id: z.number().int(),
  reservationId: z.number().int(),
  author: userRef,
  guest: userRef,
  rating: z.number().int(),
  comment: z.string(),
  tags: z.array(reviewTag),
  createdAt: z.iso.datetime(),
});
export type GuestReviewView = z.infer<typeof guestReview>;

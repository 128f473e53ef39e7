import { reviewTagLabels, reviewTags } from '@/db/constants/reviews';
import { z } from '@/lib/core/zod';

export { reviewTagLabels };

/** The tags of a review body: only the fixed set (anything else is 400), each once. */
export const reviewTagsField = z
  .array(z.enum(reviewTags, { error: '없는 태그입니다. 정해진 칭찬·아쉬운 점 태그에서 골라 주세요.' }))
  .max(reviewTags.length)
  .default([])
  .transform((tags) => [...new Set(tags)]);

export const reviewTag = z.enum(reviewTags);

/** A profile's tag counts, most given first. */
export const reviewTagCount = z.object({ tag: reviewTag, label: z.string(), count: z.number().int() });

/** Quick tags a reviewer can pick (labels in lib/reviews/schema.ts). */
export const reviewTags = ['punctual', 'good_manners', 'skilled', 'kind', 'play_again'] as const;
export type ReviewTag = (typeof reviewTags)[number];

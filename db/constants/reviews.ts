/** Quick tags a reviewer can pick (labels in lib/reviews/schema.ts). */
export const reviewTags = ['punctual', 'good_manners', 'skilled', 'kind', 'play_again'] as const;
export type ReviewTag = (typeof reviewTags)[number];

/** How each tag reads on a review and under a temperature. */
export const reviewTagLabels: Record<ReviewTag, string> = {
  punctual: '시간 약속을 잘 지켜요',
  good_manners: '매너가 좋아요',
  skilled: '실력이 좋아요',
  kind: '친절해요',
  play_again: '또 같이 하고 싶어요',
};

/**
 * The fixed tags a reviewer can pick (like Karrot's 매너 평가), on game reviews and on space reviews
 * in both directions: compliments raise the temperature a little, complaints lower it more.
 */
export const complimentTags = ['punctual', 'good_manners', 'skilled', 'kind', 'play_again', 'responsive', 'tidy'] as const;
export const complaintTags = ['late', 'rude', 'slow_response', 'bad_manners', 'messy', 'no_contact'] as const;
export const reviewTags = [...complimentTags, ...complaintTags] as const;
/** The fixed set as an SQL array literal, for the tables' tag checks. */
export const tagArray = `array[${reviewTags.map((v) => `'${v}'`).join(', ')}]::text[]`;
export type ReviewTag = (typeof reviewTags)[number];
export type ComplaintTag = (typeof complaintTags)[number];

export const isComplaint = (tag: ReviewTag): tag is ComplaintTag => (complaintTags as readonly string[]).includes(tag);

/** How each tag reads on a review, on a profile's tag counts and under a temperature. */
export const reviewTagLabels: Record<ReviewTag, string> = {
  punctual: '시간 약속을 잘 지켜요',
  good_manners: '매너가 좋아요',
  skilled: '실력이 좋아요',
  kind: '친절해요',
  play_again: '또 같이 하고 싶어요',
  responsive: '응답이 빨라요',
  tidy: '깨끗하게 사용했어요',
  late: '시간 약속을 안 지켜요',
  rude: '불친절해요',
  slow_response: '응답이 느려요',
  bad_manners: '매너가 아쉬워요',
  messy: '사용한 자리를 정리하지 않았어요',
  no_contact: '연락이 잘 안 돼요',
};

/** A profile's count of one tag over every review the user received. */
export type ReviewTagCount = { tag: ReviewTag; label: string; count: number };

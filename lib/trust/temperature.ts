import { isComplaint, reviewTagLabels, reviewTags, type ReviewTag, type ReviewTagCount } from '@/db/constants/reviews';
import type { TemperatureReason } from '@/db/constants/trust';

/**
 * 온도, the whole formula. Everyone starts at 36.5℃; each input adds its weight (℃), multiplied
 * by how fresh it is: an input loses half its weight every HALF_LIFE_DAYS, so recent behaviour
 * counts most and an old mistake fades. The result is kept within 0..99℃.
 */
export const START = 36.5;
export const MIN = 0;
export const MAX = 99;
export const HALF_LIFE_DAYS = 180;

/**
 * ℃ for a review by its rating (1..5): game reviews (player↔player, player↔host), a guest's review of
 * a space (it speaks for the host) and a host's review of a guest.
 */
export const RATING_WEIGHTS: Record<number, number> = { 1: -1.0, 2: -0.5, 3: 0, 4: 0.2, 5: 0.5 };
/** ℃ for each compliment tag on a review, on top of its rating. */
export const TAG_WEIGHT = 0.1;
/** ℃ for each complaint tag: a complaint says more than a compliment, as a no-show does. */
export const COMPLAINT_TAG_WEIGHT = -0.3;

/**
 * ℃ for every other input. noShow: a mark by a game host or a space host that stands (not
 * disputed, or the dispute rejected). reportUpheld: a report about the user an admin acted on.
 * suspension: each time an admin suspended the user. The meal ones are the user's shares of group
 * orders: paid before the deadline, withdrew after the lock, dropped at the pay deadline unpaid,
 * and an order they organized delivered.
 */
export const WEIGHTS = {
  noShow: -2.0,
  reportUpheld: -1.5,
  suspension: -3.0,
  mealPaidOnTime: 0.1,
  mealDeliveredAsOrganizer: 0.3,
  mealWithdrew: -0.2,
  mealDroppedAtDeadline: -0.8,
} as const;

export type TrustInput =
  | { kind: 'review'; at: Date; rating: number; tags?: readonly ReviewTag[] }
  | { kind: keyof typeof WEIGHTS; at: Date };

const DAY_MS = 86_400_000;

/** 1 for an input made now, ½ after HALF_LIFE_DAYS, ¼ after twice that. */
export const freshness = (at: Date, now: Date) => 0.5 ** (Math.max(0, now.getTime() - at.getTime()) / DAY_MS / HALF_LIFE_DAYS);

export function weightOf(input: TrustInput): number {
  if (input.kind === 'review') {
    const tags = input.tags ?? [];
    const complaints = tags.filter(isComplaint).length;
    return (RATING_WEIGHTS[input.rating] ?? 0) + TAG_WEIGHT * (tags.length - complaints) + COMPLAINT_TAG_WEIGHT * complaints;
  }
  return WEIGHTS[input.kind];
}

const reasonLabels: Record<keyof typeof WEIGHTS, string> = {
  noShow: '약속 장소에 나타나지 않았어요',
  reportUpheld: '신고가 받아들여졌어요',
  suspension: '이용이 정지된 적이 있어요',
  mealPaidOnTime: '같이 주문 금액을 제때 보내요',
  mealDeliveredAsOrganizer: '같이 주문을 끝까지 챙겨요',
  mealWithdrew: '같이 주문에서 빠진 적이 있어요',
  mealDroppedAtDeadline: '같이 주문 금액을 보내지 않았어요',
};

/** Every tag the user received on any review, most given first (ties in the fixed set's order). */
export function tagCounts(inputs: readonly TrustInput[]): ReviewTagCount[] {
  const counts = new Map<ReviewTag, number>();
  for (const input of inputs) if (input.kind === 'review') input.tags?.forEach((tag) => counts.set(tag, (counts.get(tag) ?? 0) + 1));
  return [...counts].map(([tag, count]) => ({ tag, label: reviewTagLabels[tag], count })).sort((a, b) => b.count - a.count || reviewTags.indexOf(a.tag) - reviewTags.indexOf(b.tag));
}

/** What a profile shows under the number: the most frequent tags (compliments and complaints) and inputs, most first (ties by label). */
export function topReasons(inputs: readonly TrustInput[], limit = 3): TemperatureReason[] {
  const counts = new Map<string, number>();
  const add = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const input of inputs) {
    if (input.kind === 'review') input.tags?.forEach((tag) => add(reviewTagLabels[tag]));
    else add(reasonLabels[input.kind]);
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ko'))
    .slice(0, limit);
}

export function temperature(inputs: readonly TrustInput[], now: Date) {
  const sum = inputs.reduce((total, input) => total + weightOf(input) * freshness(input.at, now), 0);
  return Math.round(Math.min(MAX, Math.max(MIN, START + sum)) * 10) / 10;
}

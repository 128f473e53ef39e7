import { describe, expect, it } from 'vitest';
import type { ReviewTag } from '@/db/constants/reviews';
import { COMPLAINT_TAG_WEIGHT, HALF_LIFE_DAYS, START, TAG_WEIGHT, WEIGHTS, freshness, tagCounts, temperature, topReasons, type TrustInput } from './temperature';

const now = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('온도', () => {
  it('starts at 36.5℃', () => {
    expect(temperature([], now)).toBe(START);
  });

  it('moves with review ratings: 5 → +0.5, 4 → +0.2, 3 → 0, 2 → −0.5, 1 → −1.0, and +0.1 per compliment tag', () => {
    const review = (rating: number, tags: ReviewTag[] = []) =>
      temperature([{ kind: 'review', at: now, rating, tags }], now);
    expect([5, 4, 3, 2, 1].map((r) => review(r))).toEqual([37, 36.7, 36.5, 36, 35.5]);
    expect(review(5, ['punctual', 'kind'])).toBe(37.2);
  });

  it('takes −0.3 per complaint tag and +0.1 per compliment tag, whatever the rating', () => {
    expect(TAG_WEIGHT).toBe(0.1);
    expect(COMPLAINT_TAG_WEIGHT).toBe(-0.3);
    expect(temperature([{ kind: 'review', at: now, rating: 3, tags: ['late'] }], now)).toBe(36.2);
    expect(temperature([{ kind: 'review', at: now, rating: 3, tags: ['late', 'rude', 'kind'] }], now)).toBe(36);
  });

  it('has the documented direction for every input: meals paid and delivered warm, everything else cools', () => {
    const warming = Object.entries(WEIGHTS).filter(([, w]) => w > 0).map(([k]) => k).sort();
    expect(warming).toEqual(['mealDeliveredAsOrganizer', 'mealPaidOnTime']);
    expect(WEIGHTS).toEqual({
      noShow: -2.0,
      reportUpheld: -1.5,
      suspension: -3.0,
      mealPaidOnTime: 0.1,
      mealDeliveredAsOrganizer: 0.3,
      mealWithdrew: -0.2,
      mealDroppedAtDeadline: -0.8,
    });
  });

  it.each(Object.entries(WEIGHTS))('decays %s to half its weight after a half-life and a quarter after two (fake clock)', (kind, weight) => {
    const input = { kind: kind as keyof typeof WEIGHTS, at: now };
    const later = (days: number) => new Date(now.getTime() + days * 86_400_000);
    expect(temperature([input], later(HALF_LIFE_DAYS))).toBeCloseTo(Math.round((START + weight / 2) * 10) / 10, 5);
    expect(temperature([input], later(2 * HALF_LIFE_DAYS))).toBeCloseTo(Math.round((START + weight / 4) * 10) / 10, 5);
  });

  it.each(Object.entries(WEIGHTS))('moves %s by its weight', (kind, weight) => {
    expect(temperature([{ kind: kind as keyof typeof WEIGHTS, at: now }], now)).toBeCloseTo(START + weight, 5);
  });

  it('decays: an input loses half its weight every half-life', () => {
    expect(freshness(now, now)).toBe(1);
    expect(freshness(daysAgo(HALF_LIFE_DAYS), now)).toBeCloseTo(0.5, 10);
    expect(temperature([{ kind: 'noShow', at: daysAgo(HALF_LIFE_DAYS) }], now)).toBe(35.5);
    expect(temperature([{ kind: 'noShow', at: daysAgo(2 * HALF_LIFE_DAYS) }], now)).toBe(36);
    // The same no-show, seen later on a fake clock, weighs less.
    const noShow: TrustInput = { kind: 'noShow', at: now };
    expect(temperature([noShow], new Date(now.getTime() + 90 * 86_400_000))).toBeGreaterThan(temperature([noShow], now));
  });

  it('stays within 0..99℃', () => {
    expect(temperature(Array.from({ length: 40 }, () => ({ kind: 'suspension' as const, at: now })), now)).toBe(0);
    expect(temperature(Array.from({ length: 200 }, () => ({ kind: 'review' as const, at: now, rating: 5 })), now)).toBe(99);
  });

  it('counts every tag received, most first, compliments and complaints alike', () => {
    const inputs: TrustInput[] = [
      { kind: 'review', at: now, rating: 5, tags: ['punctual', 'kind'] },
      { kind: 'review', at: now, rating: 2, tags: ['late', 'kind'] },
      { kind: 'noShow', at: now },
    ];
    expect(tagCounts(inputs)).toEqual([
      { tag: 'kind', label: '친절해요', count: 2 },
      { tag: 'punctual', label: '시간 약속을 잘 지켜요', count: 1 },
      { tag: 'late', label: '시간 약속을 안 지켜요', count: 1 },
    ]);
    expect(topReasons(inputs).map((r) => r.label)).toContain('친절해요');
  });

  it('lists the most frequent reasons first', () => {
    const inputs: TrustInput[] = [
      { kind: 'review', at: now, rating: 5, tags: ['punctual', 'kind'] },
      { kind: 'review', at: now, rating: 4, tags: ['punctual'] },
      { kind: 'noShow', at: now },
    ];
    expect(topReasons(inputs)).toEqual([
      { label: '시간 약속을 잘 지켜요', count: 2 },
      expect.objectContaining({ count: 1 }),
      expect.objectContaining({ count: 1 }),
    ]);
  });
});

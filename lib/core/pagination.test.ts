import { describe, expect, it } from 'vitest';
import { cappedPageInfo, pageInfo, windowedCountCap, windowedPageInfo } from './pagination';

describe('pageInfo', () => {
  it('describes a single empty page', () => {
    expect(pageInfo(1, 20, 0)).toEqual({ current: 1, size: 20, total: 0, totalPages: 1, range: [1], prev: null, next: null });
  });

  it('shows the first ten pages near the start', () => {
    const p = pageInfo(3, 10, 500);
    expect(p.range).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([p.prev, p.next, p.totalPages]).toEqual([2, 4, 50]);
  });

  it('keeps the current page inside a ten-page window in the middle and at the end', () => {
    expect(pageInfo(20, 10, 500).range).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(pageInfo(50, 10, 500).range).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    expect(pageInfo(50, 10, 500).next).toBeNull();
  });

  it('never shows more pages than exist', () => {
    expect(pageInfo(2, 10, 25).range).toEqual([1, 2, 3]);
  });

  it("the meal board's 이전/다음 jump a whole window of ten pages, only when pages lie outside it", () => {
    const at = (current: number, total = 500) => windowedPageInfo(current, 10, total);
    expect(at(3)).toMatchObject({ range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], prev: null, next: 13 });
    expect(at(20)).toMatchObject({ range: [15, 16, 17, 18, 19, 20, 21, 22, 23, 24], prev: 10, next: 30 });
    expect(at(10).range).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(at(30).range).toEqual([25, 26, 27, 28, 29, 30, 31, 32, 33, 34]);
    expect(at(46)).toMatchObject({ range: [41, 42, 43, 44, 45, 46, 47, 48, 49, 50], prev: 36, next: null });
    expect(at(42)).toMatchObject({ prev: 32, next: 50 });
    expect(at(38)).toMatchObject({ next: 48 });
    expect(at(44)).toMatchObject({ range: [39, 40, 41, 42, 43, 44, 45, 46, 47, 48], next: 50 });
    expect(at(2, 12)).toMatchObject({ range: [1, 2], prev: null, next: null });
    expect(at(9, 12)).toMatchObject({ range: [1, 2], prev: null, next: null });
  });
});

describe('cappedPageInfo', () => {
  it('is pageInfo when the count stopped below the cap, and a floor marked totalCapped past it', () => {
    expect(cappedPageInfo(1, 20, 57, 220)).toEqual(pageInfo(1, 20, 57));
    expect(cappedPageInfo(1, 20, 220, 220)).toEqual(pageInfo(1, 20, 220));
    expect(cappedPageInfo(1, 20, 221, 220)).toEqual({ ...pageInfo(1, 20, 220), totalCapped: true });
  });

  it('keeps every page number exact at the windowed cap, whatever the real total', () => {
    for (const current of [1, 3, 9, 40]) {
      const cap = windowedCountCap(current, 10);
      for (const real of [cap + 1, cap * 3, 100_000]) {
        const capped = cappedPageInfo(current, 10, Math.min(real, cap + 1), cap);
        const exact = pageInfo(current, 10, real);
        expect(capped.range).toEqual(exact.range);
        expect([capped.prev, capped.next]).toEqual([exact.prev, exact.next]);
      }
    }
  });
});

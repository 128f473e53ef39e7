import { describe, expect, it } from 'vitest';
import { pageInfo } from './pagination';

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
});

import { describe, expect, it, vi } from 'vitest';
import { boundedCache } from './bounded-cache';

describe('boundedCache', () => {
  it('keeps at most `entries` entries, dropping the least recently used first', () => {
    const cache = boundedCache<string, number>({ entries: 3 });
    cache.set('a', 1).set('b', 2).set('c', 3);
    cache.get('a');
    cache.set('d', 4);
    expect([...cache.keys()].sort()).toEqual(['a', 'c', 'd']);
    expect(cache.size).toBe(3);
  });

  it('replacing an entry does not count it twice', () => {
    const cache = boundedCache<string, number>({ entries: 2 });
    cache.set('a', 1).set('a', 2).set('b', 3);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(2);
  });

  it('passes other options through (an entry past its ttl is gone)', () => {
    vi.useFakeTimers();
    try {
      const cache = boundedCache<string, number>({ entries: 10, ttl: 1000, perf: { now: () => Date.now() } });
      cache.set('a', 1);
      vi.advanceTimersByTime(999);
      expect(cache.get('a')).toBe(1);
      vi.advanceTimersByTime(2);
      expect(cache.get('a')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('allocates as it fills, not for every entry it may hold', () => {
    const before = process.memoryUsage();
    // With lru-cache's `max`, each of these would hold 4 arrays of 800 kB and 2 typed arrays of 400 kB: 200 MB for fifty.
    const caches = Array.from({ length: 50 }, () => boundedCache<number, number>({ entries: 100_000, ttl: 60_000 }));
    const after = process.memoryUsage();
    const grownMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20;
    expect(caches).toHaveLength(50);
    expect(grownMb).toBeLessThan(20);
  });
});

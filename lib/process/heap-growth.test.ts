import { afterEach, describe, expect, it, vi } from 'vitest';
import { followSocketCount, HEAP_GROWING_PERCENT, heapGrowingPercent } from './heap-growth';

describe('heapGrowingPercent', () => {
  it('keeps the bound under a thousand sockets and adds 25 points per thousand, up to 100', () => {
    expect(heapGrowingPercent(0)).toBe(HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent(999)).toBe(25);
    expect(heapGrowingPercent(1_000)).toBe(50);
    expect(heapGrowingPercent(2_500)).toBe(75);
    expect(heapGrowingPercent(3_000)).toBe(100);
    expect(heapGrowingPercent(5_000)).toBe(100);
    expect(heapGrowingPercent(50_000)).toBe(100);
  });
});

describe('followSocketCount', () => {
  afterEach(() => vi.useRealTimers());

  it('sets the flag only when the count crosses a thousand, both ways', () => {
    vi.useFakeTimers();
    let sockets = 0;
    const set = vi.fn();
    const stop = followSocketCount(() => sockets, { everyMs: 1_000, set });
    vi.advanceTimersByTime(1_000);
    expect(set).not.toHaveBeenCalled();
    sockets = 5_200;
    vi.advanceTimersByTime(1_000);
    sockets = 5_900;
    vi.advanceTimersByTime(1_000);
    sockets = 300;
    vi.advanceTimersByTime(1_000);
    expect(set.mock.calls).toEqual([[100], [25]]);
    stop();
    sockets = 3_000;
    vi.advanceTimersByTime(5_000);
    expect(set).toHaveBeenCalledTimes(2);
  });
});

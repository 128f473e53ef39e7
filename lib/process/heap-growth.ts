import { setFlagsFromString } from 'node:v8';

/**
 * Under load V8 grows the old generation by up to 4× its live size between full collections,
 * so a server whose live heap is ~100 MB held 450–575 MB of RSS under `bench/boards` (issue #23's
 * target: ≤ 300 MB). A fixed 25% growth keeps the heap near its live size whatever it is (no hard
 * cap, which would turn a burst of sockets into an out-of-memory crash), at no cost to throughput
 * measured (README, "Memory under the board benchmark"). V8 reads the flag at each collection, so
 * setting it (at start, and again as sockets come and go) takes effect at the next one; `npm run
 * dev` keeps V8's default.
 */
export const HEAP_GROWING_PERCENT = 25;

/**
 * A process holding many sockets gets more room: each thousand connected adds 25 points, up to
 * 100% (from 3,000). At 5,000 sockets 25% brought a full collection every ~5 s, and deliveries'
 * p99 was 62–241 ms; 100% brings one every ~20 s for ~80 MB more RSS, and p99 was 40–72 ms
 * (README, "Full collections at 5,000 sockets").
 */
const POINTS_PER_THOUSAND_SOCKETS = 25;
const MOST_PERCENT = 100;

export function heapGrowingPercent(sockets: number): number {
  return Math.min(MOST_PERCENT, HEAP_GROWING_PERCENT + POINTS_PER_THOUSAND_SOCKETS * Math.floor(sockets / 1000));
}

const setHeapGrowingPercent = (percent: number) => setFlagsFromString(`--heap-growing-percent=${percent}`);

export function boundHeapGrowth() {
  setHeapGrowingPercent(HEAP_GROWING_PERCENT);
}

/**
 * Keeps the growth in step with the sockets connected to this process (`sockets()`, read every
 * `everyMs`); returns the stop function. Polled rather than counted per connection, so a connect
 * burst costs nothing per socket.
 */
export function followSocketCount(sockets: () => number, { everyMs = 2_000, set = setHeapGrowingPercent } = {}) {
  let current = HEAP_GROWING_PERCENT;
  const timer = setInterval(() => {
    const percent = heapGrowingPercent(sockets());
    if (percent === current) return;
    current = percent;
    set(percent);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

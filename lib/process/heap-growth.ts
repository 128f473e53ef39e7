import { setFlagsFromString } from 'node:v8';

/**
 * Under load V8 grows the old generation by up to 4× its live size between full collections,
 * so a server whose live heap is ~100 MB held 450–575 MB of RSS under `bench/boards` (issue #23's
 * target: ≤ 300 MB). A fixed 25% growth keeps the heap near its live size whatever it is (no hard
 * cap, which would turn a burst of sockets into an out-of-memory crash), at no cost to throughput
 * measured (README, "Memory under the board benchmark"). V8 reads the flag at each collection, so
 * setting it at start is enough; `npm run dev` keeps V8's default.
 */
export const HEAP_GROWING_PERCENT = 25;

export function boundHeapGrowth() {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

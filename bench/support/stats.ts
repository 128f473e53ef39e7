/** The p-th percentile of latencies in ms, rounded to 0.1 (NaN for none). */
export const percentile = (xs: number[], p: number) => {
  const sorted = Float64Array.from(xs).sort();
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10 : NaN;
};

/** The middle of a few runs' figures (the upper middle of an even count). */
export const median = (xs: number[]) => Float64Array.from(xs).sort()[Math.floor(xs.length / 2)]!;

/**
 * `callers` concurrent loops of `call` (given each loop's call number) for 3 s of warm-up, then
 * for `seconds`: calls per second and latency percentiles of the measured part.
 */
export async function closedLoop(callers: number, seconds: number, call: (i: number) => Promise<unknown>) {
  const run = async (until: number, latencies: number[] | null) => {
    for (let i = 0; performance.now() < until; i++) {
      const t = performance.now();
      await call(i);
      latencies?.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: callers }, () => run(performance.now() + 3000, null)));
  const latencies: number[] = [];
  await Promise.all(Array.from({ length: callers }, () => run(performance.now() + seconds * 1000, latencies)));
  return { calls: latencies.length, perSecond: Math.round(latencies.length / seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** The p-th percentile of latencies in ms, rounded to 0.1 (NaN for none). */
export const percentile = (xs: number[], p: number) => {
  const sorted = Float64Array.from(xs).sort();
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10 : NaN;
};

/** The middle of a few runs' figures (the upper middle of an even count). */
export const median = (xs: number[]) => Float64Array.from(xs).sort()[Math.floor(xs.length / 2)]!;

import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/rows';

/**
 * What ANALYZE keeps of `chat_messages.search_text`: the table's size, its most common values
 * with their shares, and a histogram of the rest (about 100 evenly spaced values). PostgreSQL's
 * own estimate for `LIKE '%…%'` reads the same sample.
 */
export type SearchTextSample = {
  rows: number;
  nullShare: number;
  common: { text: string; share: number }[];
  histogram: string[];
};

/** How a search finds its page: see `searchStatement` in ./search. */
export type SearchPath = 'walk' | 'index';

/** The share of messages whose search text contains `needle`, estimated from the sample as PostgreSQL does. */
export function estimatedShare(sample: SearchTextSample, needle: string) {
  const commonShare = sample.common.reduce((sum, c) => sum + c.share, 0);
  const inCommon = sample.common.reduce((sum, c) => sum + (c.text.includes(needle) ? c.share : 0), 0);
  const inHistogram = sample.histogram.length ? sample.histogram.filter((t) => t.includes(needle)).length / sample.histogram.length : 0;
  return inCommon + inHistogram * Math.max(0, 1 - sample.nullShare - commonShare);
}

/**
 * Walking the newest messages reads about `pageSize / share` rows before the page is full; the
 * trigram index reads every match, `share × rows`. Without statistics (a new table, or PGlite,
 * which has no autovacuum) the index is the path whose cost is bounded by the answer.
 */
export function searchPath(sample: SearchTextSample | null, needle: string, pageSize: number): SearchPath {
  if (!sample || sample.rows <= 0) return 'index';
  const share = estimatedShare(sample, needle);
  return share > 0 && pageSize / share < share * sample.rows ? 'walk' : 'index';
}

/** Statistics change with ANALYZE (autovacuum's, as the table grows): read again after this long. */
const SAMPLE_TTL_MS = 10 * 60_000;

type SampleRow = { rows: number; nullShare: number | null; common: string[] | null; commonShares: number[] | null; histogram: string[] | null };

async function loadSample(db: Db): Promise<SearchTextSample | null> {
  const [row] = rowsOf<SampleRow>(
    await db.execute(sql`
      select c.reltuples::float8 as "rows", s.null_frac::float8 as "nullShare",
        s.most_common_vals::text::text[] as "common", s.most_common_freqs::float8[] as "commonShares",
        s.histogram_bounds::text::text[] as "histogram"
      from pg_class c
      left join pg_stats s on s.schemaname = c.relnamespace::regnamespace::text and s.tablename = c.relname and s.attname = 'search_text'
      where c.oid = 'chat_messages'::regclass`),
  );
  if (!row || row.nullShare === null) return null;
  const shares = row.commonShares ?? [];
  return {
    rows: Number(row.rows),
    nullShare: Number(row.nullShare),
    common: (row.common ?? []).map((text, i) => ({ text, share: Number(shares[i] ?? 0) })),
    histogram: row.histogram ?? [],
  };
}

const samples = new WeakMap<Db, { loadedAt: number; sample: Promise<SearchTextSample | null> }>();

/**
 * The sample, read once per database handle every 10 minutes. A failed read counts as no
 * statistics (the search still answers, by the index) and is tried again on the next search.
 */
export function searchTextSample(db: Db): Promise<SearchTextSample | null> {
  const cached = samples.get(db);
  if (cached && Date.now() - cached.loadedAt < SAMPLE_TTL_MS) return cached.sample;
  const sample = loadSample(db).catch(() => {
    samples.delete(db);
    return null;
  });
  samples.set(db, { loadedAt: Date.now(), sample });
  return sample;
}

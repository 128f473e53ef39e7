import { z } from '@/lib/core/zod';

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  size: z.coerce.number().int().min(1).max(100).default(20),
};

export type PageInfo = {
  current: number;
  size: number;
  total: number;
  totalPages: number;
  range: number[];
  prev: number | null;
  next: number | null;
  /** Set when `total` was counted only up to a cap: it is then a floor (cappedPageInfo). */
  totalCapped?: true;
};

const WINDOW = 10;

/** Page metadata, with `range` the window of up to ten page numbers around the current one. */
export function pageInfo(current: number, size: number, total: number): PageInfo {
  const totalPages = Math.max(1, Math.ceil(total / size));
  const end = Math.min(totalPages, Math.max(current + Math.floor(WINDOW / 2) - 1, WINDOW));
  const start = Math.max(1, end - WINDOW + 1);
  const range = Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
  return {
    current,
    size,
    total,
    totalPages,
    range,
    prev: current > 1 ? Math.min(current - 1, totalPages) : null,
    next: current < totalPages ? current + 1 : null,
  };
}

/**
 * The meal board's paginator (the seed's prev_button/next_button): `range` as in pageInfo, but
 * 이전/다음 jump a whole window of ten pages back or forth (clamped to the first and last page),
 * and exist only when there are pages outside the window on that side.
 */
export function windowedPageInfo(current: number, size: number, total: number): PageInfo {
  const info = pageInfo(current, size, total);
  const first = info.range[0] ?? 1;
  const last = info.range.at(-1) ?? 1;
  return {
    ...info,
    prev: first > 1 ? Math.max(1, Math.min(current, info.totalPages) - WINDOW) : null,
    next: last < info.totalPages ? Math.min(info.totalPages, current + WINDOW) : null,
  };
}

/**
 * Rows that windowedPageInfo needs counted to answer every field but `total` and `totalPages`
 * exactly: through the end of the window the 다음 button jumps to. A count stopped there is a floor.
 */
export const windowedCountCap = (current: number, size: number) => (current + WINDOW) * size;

/**
 * pageInfo for rows counted only up to `cap + 1` (a count that stops there costs the same however
 * many rows match): more than `cap` answers `total: cap` with `totalCapped`, "at least". Every
 * field the page's buttons use is still exact while cap ≥ windowedCountCap(current, size).
 */
export function cappedPageInfo(current: number, size: number, counted: number, cap: number): PageInfo {
  return counted > cap ? { ...pageInfo(current, size, cap), totalCapped: true } : pageInfo(current, size, counted);
}

export const pageInfoSchema = z.object({
  current: z.number().int(),
  size: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
  range: z.array(z.number().int()),
  prev: z.number().int().nullable(),
  next: z.number().int().nullable(),
  totalCapped: z.literal(true).optional().describe('present when `total` was counted only up to a cap and is a floor ("at least")'),
});

export const paginated = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), page: pageInfoSchema });

/** A whole list without pages: `{ items }`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

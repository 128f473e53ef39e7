import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/**
 * The last KMA answer per forecast grid cell, shared by every app process: a neighbourhood's
 * users cost one upstream fetch per 10 minutes. Failures are kept briefly too (`error`), so a
 * broken upstream doesn't slow every page by its timeout.
 */
export const weatherCache = pgTable(
  'weather_cache',
  {
    nx: integer().notNull(),
    ny: integer().notNull(),
    data: jsonb(),
    error: text(),
    fetchedAt: timestamptz().notNull(),
    expiresAt: timestamptz().notNull(),
  },
  (t) => [primaryKey({ columns: [t.nx, t.ny] }), index('weather_cache_expires_at_idx').on(t.expiresAt)],
);

export type WeatherCacheRow = typeof weatherCache.$inferSelect;

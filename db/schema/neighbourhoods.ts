import { sql } from 'drizzle-orm';
import { doublePrecision, index, pgTable, text, varchar } from 'drizzle-orm/pg-core';

export const neighbourhoods = pgTable(
  'neighbourhoods',
  {
    code: varchar({ length: 10 }).primaryKey(),
    sido: text().notNull(),
    sigungu: text().notNull(),
    dong: text().notNull(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    // "제주특별자치도 제주시 용담2동", with self-governing-city wards spaced ("수원시 장안구")
    // so that a search for "수원시 장안구" or "장안구" finds them.
    searchText: text()
      .notNull()
      .generatedAlwaysAs(
        sql`sido || ' ' || sigungu || ' ' || regexp_replace(sigungu, '^(.+시)(.+[구군])$', '\\1 \\2') || ' ' || dong`,
      ),
  },
  (t) => [
    index('neighbourhoods_search_text_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('neighbourhoods_sigungu_idx').on(t.sido, t.sigungu),
    index('neighbourhoods_lat_lng_idx').on(t.lat, t.lng),
  ],
);

export type Neighbourhood = typeof neighbourhoods.$inferSelect;

import { sql } from 'drizzle-orm';
import { doublePrecision, index, pgTable, text, varchar, type UpdateDeleteAction } from 'drizzle-orm/pg-core';

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

/** `varchar(10) not null references neighbourhoods(code)`: the 행정동 a row belongs to. */
export const neighbourhoodRef = (onDelete?: UpdateDeleteAction) =>
  varchar({ length: 10 })
    .notNull()
    .references(() => neighbourhoods.code, onDelete && { onDelete });

/** The first five digits of a 행정동 code are its 시군구: generated from `neighbourhood_code`, for scope=sigungu filters. */
export const sigunguOf = () =>
  varchar({ length: 5 })
    .notNull()
    .generatedAlwaysAs(sql`substr(neighbourhood_code, 1, 5)`);

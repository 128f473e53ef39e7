import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, jsonb, pgTable, text, varchar, type UpdateDeleteAction } from 'drizzle-orm/pg-core';
import type { MultiPolygon, Polygon } from 'geojson';
import { timestampNow } from './columns';

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

/**
 * A dong's boundary as GeoJSON (WGS84), loaded by `npm run data:boundaries FILE` from admdongkor's
 * HangJeongDong file; dongs without a row are checked by nearest reference point instead. The
 * bounding box is the cheap first filter before a point-in-polygon test in lib/neighbourhoods.
 */
export const neighbourhoodBoundaries = pgTable(
  'neighbourhood_boundaries',
  {
    code: varchar({ length: 10 })
      .primaryKey()
      .references(() => neighbourhoods.code, { onDelete: 'cascade' }),
    geometry: jsonb().$type<Polygon | MultiPolygon>().notNull(),
    minLat: doublePrecision().notNull(),
    minLng: doublePrecision().notNull(),
    maxLat: doublePrecision().notNull(),
    maxLng: doublePrecision().notNull(),
    /** The file it came from (e.g. HangJeongDong_ver20231001.geojson), for operators. */
    source: text().notNull(),
    loadedAt: timestampNow(),
  },
  (t) => [index('neighbourhood_boundaries_bbox_idx').on(t.minLat, t.maxLat, t.minLng, t.maxLng)],
);

export type NeighbourhoodBoundary = typeof neighbourhoodBoundaries.$inferSelect;

/**
 * Every code a data update retired and what took its place (db/scripts/neighbourhoods-migration.ts
 * writes the rows and moves stored codes in the same migration). `split` successors are a best
 * guess, so users moved by one are asked to confirm their dong.
 */
export const neighbourhoodCodeChanges = pgTable(
  'neighbourhood_code_changes',
  {
    oldCode: varchar({ length: 10 }).primaryKey(),
    newCode: varchar({ length: 10 })
      .notNull()
      .references(() => neighbourhoods.code),
    kind: text().$type<'recode' | 'rename' | 'split'>().notNull(),
    /** The snapshot date of the data that made the change, e.g. 2023-10-01. */
    snapshot: text().notNull(),
  },
  (t) => [check('neighbourhood_code_changes_kind_check', sql`${t.kind} in ('recode', 'rename', 'split')`)],
);

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

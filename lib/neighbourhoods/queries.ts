import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoods, type Neighbourhood } from '@/db/schema';
import { containsPattern, escapeLike } from '@/db/like';
import { notFound } from '@/lib/core/domain-error';
import { fullName } from './format';
import type { NeighbourhoodView } from './schema';

export const toNeighbourhoodView = (n: Neighbourhood): NeighbourhoodView => ({
  code: n.code,
  sido: n.sido,
  sigungu: n.sigungu,
  dong: n.dong,
  lat: n.lat,
  lng: n.lng,
  fullName: fullName(n),
});

/**
 * Every word must appear somewhere in "시도 시군구 동"; dongs whose own name starts with the
 * last word come first ("용담" → 용담1동, 용담2동 before anything merely in a matching district),
 * then dongs containing it, then the rest, each in administrative order.
 */
export async function searchNeighbourhoods(db: Db, q: string, limit = 20): Promise<NeighbourhoodView[]> {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  const last = words.at(-1) ?? q;
  const rank = sql`case
      when ${neighbourhoods.dong} = ${last} then 0
      when ${neighbourhoods.dong} like ${escapeLike(last) + '%'} then 1
      when ${neighbourhoods.dong} like ${containsPattern(last)} then 2
      else 3 end`;
  const rows = await db
    .select()
    .from(neighbourhoods)
    .where(and(...words.map((w) => sql`${neighbourhoods.searchText} ilike ${containsPattern(w)}`)))
    .orderBy(rank, asc(neighbourhoods.code))
    .limit(limit);
  return rows.map(toNeighbourhoodView);
}

/** Nearest dong centroid, on an equirectangular approximation (exact enough within a country). */
export async function nearestNeighbourhood(db: Db, lat: number, lng: number): Promise<NeighbourhoodView> {
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const [row] = await db
    .select()
    .from(neighbourhoods)
    .orderBy(
      sql`power(${neighbourhoods.lat} - ${lat}, 2) + power((${neighbourhoods.lng} - ${lng}) * ${cosLat}, 2)`,
    )
    .limit(1);
  if (!row) throw notFound('동네를 찾을 수 없습니다.');
  return toNeighbourhoodView(row);
}

export async function getNeighbourhood(db: Db, code: string): Promise<NeighbourhoodView> {
  const [row] = await db.select().from(neighbourhoods).where(eq(neighbourhoods.code, code)).limit(1);
  if (!row) throw notFound('동네를 찾을 수 없습니다.');
  return toNeighbourhoodView(row);
}

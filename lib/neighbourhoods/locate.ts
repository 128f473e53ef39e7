import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoods } from '@/db/schema';
import { fieldError, invalid } from '@/lib/core/domain-error';
import { dongContaining, metresBetween } from './boundaries';
import { nearestNeighbourhood } from './queries';

/**
 * How far a point may be from the nearest 행정동 centre and still count as in Korea when no
 * boundary contains it (boundaries are optional data). The widest 면 of Gangwon reach about
 * 15 km from their centre; a point further from every centre is at sea or abroad.
 */
export const MAX_METRES_FROM_DONG_CENTRE = 20_000;

const OUTSIDE_KOREA = '한국 안의 위치를 지도에서 골라 주세요.';

/** The 행정동 a point falls in: inside its boundary when boundaries are loaded, else the nearest centre. */
export async function dongAt(db: Db, lat: number, lng: number): Promise<string> {
  const inside = await dongContaining(db, lat, lng);
  if (inside) return inside;
  const nearest = await nearestNeighbourhood(db, lat, lng);
  if (metresBetween(nearest, { lat, lng }) > MAX_METRES_FROM_DONG_CENTRE) throw invalid(OUTSIDE_KOREA, { lat: [OUTSIDE_KOREA], lng: [OUTSIDE_KOREA] });
  return nearest.code;
}

export type PlaceInput = { neighbourhoodCode?: string; lat?: number | null; lng?: number | null };
export type Place = { neighbourhoodCode: string; lat: number; lng: number };

/**
 * Where a game, venue or space is. A point picked on the map wins: its dong is derived from it
 * (a code sent along is ignored, so a pin and its dong never disagree). Without a point, the
 * dong's centre stands in, as before maps could be picked.
 */
export async function placeAt(db: Db, input: PlaceInput): Promise<Place> {
  const hasLat = input.lat != null;
  if (hasLat !== (input.lng != null)) throw invalid('위도와 경도를 함께 입력해 주세요.', { lat: ['위도와 경도를 함께 입력해 주세요.'] });
  if (hasLat) return { neighbourhoodCode: await dongAt(db, input.lat!, input.lng!), lat: input.lat!, lng: input.lng! };
  if (!input.neighbourhoodCode) throw fieldError('neighbourhoodCode', '동네를 고르거나 지도에서 위치를 골라 주세요.');
  const [dong] = await db.select({ lat: neighbourhoods.lat, lng: neighbourhoods.lng }).from(neighbourhoods).where(eq(neighbourhoods.code, input.neighbourhoodCode));
  if (!dong) throw fieldError('neighbourhoodCode', '없는 동네입니다.');
  return { neighbourhoodCode: input.neighbourhoodCode, lat: dong.lat, lng: dong.lng };
}

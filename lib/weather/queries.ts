import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoods } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { DomainError, notFound } from '@/lib/core/domain-error';
import { cachedWeather } from './cache';
import { toGrid } from './grid';
import { fetchWeather, kmaConfigFromEnv, type KmaConfig } from './kma-client';
import type { WeatherWithPlace } from './schema';

export type WeatherOptions = { config?: KmaConfig | null; clock?: Clock };

export const notConfigured = () => new DomainError('unavailable', '날씨 정보가 설정되지 않았습니다.', { reason: 'not_configured' });

/** The weather at a neighbourhood's centroid; 503 (`unavailable`) when not configured or the KMA fails. */
export async function getNeighbourhoodWeather(db: Db, code: string, options: WeatherOptions = {}): Promise<WeatherWithPlace> {
  const config = options.config === undefined ? kmaConfigFromEnv() : options.config;
  if (!config) throw notConfigured();
  const [place] = await db
    .select({ code: neighbourhoods.code, dong: neighbourhoods.dong, sigungu: neighbourhoods.sigungu, lat: neighbourhoods.lat, lng: neighbourhoods.lng })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.code, code));
  if (!place) throw notFound('동네를 찾을 수 없습니다.');
  const weather = await cachedWeather(db, toGrid(place.lat, place.lng), (grid, now) => fetchWeather(config, grid, now), options.clock ?? systemClock);
  return { ...weather, neighbourhood: { code: place.code, dong: place.dong, sigungu: place.sigungu } };
}

/** For pages and recommendations: no weather is a normal state, not an error. */
export async function weatherOrNull(db: Db, code: string, options: WeatherOptions = {}): Promise<WeatherWithPlace | null> {
  try {
    return await getNeighbourhoodWeather(db, code, options);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'unavailable') return null;
    throw error;
  }
}

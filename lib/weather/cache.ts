import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { weatherCache } from '@/db/schema';
import type { Clock } from '@/lib/core/clock';
import type { ProblemReason } from '@/lib/core/domain-error';
import type { GridPoint } from './grid';
import { unavailable } from './kma-client';
import type { WeatherView } from './schema';
import { processSingleton } from '@/lib/core/process-singleton';

export const WEATHER_TTL_MS = 10 * 60_000;
export const FAILURE_TTL_MS = 60_000;

export type WeatherFetcher = (grid: GridPoint, now: Date) => Promise<WeatherView>;

/** Concurrent misses for one cell in this process share one upstream fetch. */
const inflight = () => processSingleton('weather.inflight', () => new Map<string, Promise<WeatherView>>());

async function store(db: Db, grid: GridPoint, now: Date, value: { data: WeatherView | null; error: string | null }, ttlMs: number) {
  const row = { ...grid, ...value, fetchedAt: now, expiresAt: new Date(now.getTime() + ttlMs) };
  await db
    .insert(weatherCache)
    .values(row)
    .onConflictDoUpdate({ target: [weatherCache.nx, weatherCache.ny], set: { data: row.data, error: row.error, fetchedAt: row.fetchedAt, expiresAt: row.expiresAt } });
}

/**
 * The cell's weather from the shared cache, or fetched and stored for 10 minutes. Across
 * processes two simultaneous misses may both fetch once; the last write wins, which is harmless.
 */
export async function cachedWeather(db: Db, grid: GridPoint, fetcher: WeatherFetcher, clock: Clock): Promise<WeatherView> {
  const now = clock();
  const [hit] = await db
    .select()
    .from(weatherCache)
    .where(and(eq(weatherCache.nx, grid.nx), eq(weatherCache.ny, grid.ny), gt(weatherCache.expiresAt, now)));
  if (hit?.data) return hit.data as WeatherView;
  // The cached error is a reason this module stored below.
  if (hit?.error) throw unavailable(hit.error as ProblemReason);

  const key = `${grid.nx},${grid.ny}`;
  const pending = inflight().get(key);
  if (pending) return pending;
  const fetching = (async () => {
    try {
      const data = await fetcher(grid, now);
      await store(db, grid, now, { data, error: null }, WEATHER_TTL_MS);
      return data;
    } catch (error) {
      const reason = (error as { extra?: { reason?: ProblemReason } }).extra?.reason ?? 'failed';
      await store(db, grid, now, { data: null, error: reason }, FAILURE_TTL_MS).catch(() => {});
      throw unavailable(reason);
    } finally {
      inflight().delete(key);
    }
  })();
  inflight().set(key, fetching);
  return fetching;
}

export const deleteExpiredWeather = (db: Db, now: Date) => db.delete(weatherCache).where(lt(weatherCache.expiresAt, now));

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
 * The cell's weather from the shared cache, or fetched and stored for 10 minutes. In a process,
 * callers at the same time share one read-then-fetch: sharing only the fetch let a caller whose
 * read missed just before another's store arrive after that fetch had finished, and fetch again.
 * Across processes two simultaneous misses may both fetch once; the last write wins, harmlessly.
 */
export function cachedWeather(db: Db, grid: GridPoint, fetcher: WeatherFetcher, clock: Clock): Promise<WeatherView> {
  const key = `${grid.nx},${grid.ny}`;
  const pending = inflight().get(key);
  if (pending) return pending;
  const reading = readOrFetch(db, grid, fetcher, clock()).finally(() => inflight().delete(key));
  inflight().set(key, reading);
  return reading;
}

async function readOrFetch(db: Db, grid: GridPoint, fetcher: WeatherFetcher, now: Date): Promise<WeatherView> {
  const [hit] = await db
    .select()
    .from(weatherCache)
    .where(and(eq(weatherCache.nx, grid.nx), eq(weatherCache.ny, grid.ny), gt(weatherCache.expiresAt, now)));
  if (hit?.data) return hit.data as WeatherView;
  // The cached error is a reason this module stored below.
  if (hit?.error) throw unavailable(hit.error as ProblemReason);
  try {
    const data = await fetcher(grid, now);
    await store(db, grid, now, { data, error: null }, WEATHER_TTL_MS);
    return data;
  } catch (error) {
    const reason = (error as { extra?: { reason?: ProblemReason } }).extra?.reason ?? 'failed';
    await store(db, grid, now, { data: null, error: reason }, FAILURE_TTL_MS).catch(() => {});
    throw unavailable(reason);
  }
}

export const deleteExpiredWeather = (db: Db, now: Date) => db.delete(weatherCache).where(lt(weatherCache.expiresAt, now));

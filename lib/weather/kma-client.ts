import { DomainError, type ProblemReason } from '@/lib/core/domain-error';
import { z } from '@/lib/core/zod';
import { nowcastBase, ultraShortForecastBase, type BaseDateTime } from './base-time';
import type { GridPoint } from './grid';
import { precipitationLabel, skyLabel, type HourlyForecast, type Precipitation, type Sky, type WeatherView } from './schema';
import { fromKmaDateTime } from './base-time';
import { env, type Env } from '@/lib/env';

export type KmaConfig = { serviceKey: string; baseUrl: string; timeoutMs: number };

export const KMA_DEFAULT_BASE_URL = 'https://apis.data.go.kr/1360000/VilageFcstInfoService_2.0';

/** The service is optional: no KMA_SERVICE_KEY, no weather. */
export function kmaConfigFromEnv(vars: Pick<Partial<Env>, 'KMA_SERVICE_KEY' | 'KMA_BASE_URL'> = env()): KmaConfig | null {
  const serviceKey = vars.KMA_SERVICE_KEY?.trim();
  if (!serviceKey) return null;
  return { serviceKey, baseUrl: vars.KMA_BASE_URL?.trim() || KMA_DEFAULT_BASE_URL, timeoutMs: 3_000 };
}

export const unavailable = (reason: ProblemReason) =>
  new DomainError('unavailable', '날씨 정보를 가져오지 못했습니다. 잠시 후 다시 시도해 주세요.', { reason });

const header = z.object({ resultCode: z.string(), resultMsg: z.string().optional() });
const envelope = <I extends z.ZodType>(item: I) =>
  z.object({
    response: z.object({
      header,
      body: z.object({ items: z.object({ item: z.array(item) }) }).optional(),
    }),
  });
const value = z.union([z.string(), z.number()]).transform(String);
const nowcastItem = z.object({ category: z.string(), obsrValue: value });
const forecastItem = z.object({ category: z.string(), fcstDate: z.string(), fcstTime: z.string(), fcstValue: value });

/**
 * One operation of VilageFcstInfoService_2.0 as JSON. The data.go.kr gateway answers key
 * errors in XML whatever dataType says, so any body that is not the documented JSON envelope
 * is "malformed". resultCode "03" is NO_DATA (the run is not published yet).
 */
async function fetchItems<I extends z.ZodType>(config: KmaConfig, operation: string, base: BaseDateTime, grid: GridPoint, item: I) {
  const params = new URLSearchParams({
    pageNo: '1',
    numOfRows: '1000',
    dataType: 'JSON',
    base_date: base.baseDate,
    base_time: base.baseTime,
    nx: String(grid.nx),
    ny: String(grid.ny),
  });
  // data.go.kr issues the key twice: decoded, and already URL-encoded ("…%2B…%3D%3D"); accept both.
  const key = config.serviceKey.includes('%') ? config.serviceKey : encodeURIComponent(config.serviceKey);
  const url = `${config.baseUrl.replace(/\/$/, '')}/${operation}?serviceKey=${key}&${params}`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(config.timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    throw unavailable((error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable');
  }
  if (!res.ok) throw unavailable(`http_${res.status}`);
  let json: unknown;
  try {
    json = JSON.parse(await res.text());
  } catch {
    throw unavailable('malformed');
  }
  const parsed = envelope(item).safeParse(json);
  if (!parsed.success) throw unavailable('malformed');
  const { resultCode } = parsed.data.response.header;
  if (resultCode === '03') throw unavailable('no_data');
  if (resultCode !== '00') throw unavailable(`result_${resultCode}`);
  const items = parsed.data.response.body?.items.item;
  if (!items?.length) throw unavailable('no_data');
  return items as z.output<I>[];
}

const PTY: Record<string, Precipitation> = { '0': 'none', '1': 'rain', '2': 'rain_snow', '3': 'snow', '5': 'drizzle', '6': 'drizzle_snow', '7': 'snow_flurry' };
const SKY: Record<string, Sky> = { '1': 'clear', '3': 'partly_cloudy', '4': 'overcast' };

/** Missing observations come as -998.9 / 900+ sentinels. */
const number = (v: string | undefined) => {
  if (v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) && n > -900 && n < 900 ? n : null;
};

function parseHourly(items: z.output<typeof forecastItem>[]): HourlyForecast[] {
  const byTime = new Map<string, Map<string, string>>();
  for (const i of items) {
    const key = `${i.fcstDate}${i.fcstTime}`;
    if (!byTime.has(key)) byTime.set(key, new Map());
    byTime.get(key)!.set(i.category, i.fcstValue);
  }
  return [...byTime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, v]) => ({
      at: fromKmaDateTime(key.slice(0, 8), key.slice(8, 12)).toISOString(),
      temperature: number(v.get('T1H')),
      sky: SKY[v.get('SKY') ?? ''] ?? null,
      precipitation: PTY[v.get('PTY') ?? '0'] ?? 'none',
      rain: v.get('RN1') ?? null,
    }));
}

/**
 * 초단기실황 for now plus 초단기예보 for the next six hours, fetched together. The nowcast is
 * required; a failed forecast only empties `hourly` (and `sky`, which only the forecast has).
 */
export async function fetchWeather(config: KmaConfig, grid: GridPoint, now: Date): Promise<WeatherView> {
  const base = nowcastBase(now);
  const [nowcast, forecast] = await Promise.allSettled([
    fetchItems(config, 'getUltraSrtNcst', base, grid, nowcastItem),
    fetchItems(config, 'getUltraSrtFcst', ultraShortForecastBase(now), grid, forecastItem),
  ]);
  if (nowcast.status === 'rejected') throw nowcast.reason;
  const obs = new Map(nowcast.value.map((i) => [i.category, i.obsrValue]));
  const temperature = number(obs.get('T1H'));
  if (temperature === null) throw unavailable('malformed');
  const hourly = forecast.status === 'fulfilled' ? parseHourly(forecast.value) : [];
  const precipitation = PTY[obs.get('PTY') ?? '0'] ?? 'none';
  const sky = hourly[0]?.sky ?? null;
  return {
    grid,
    observedAt: fromKmaDateTime(base.baseDate, base.baseTime).toISOString(),
    temperature,
    humidity: number(obs.get('REH')),
    rain1h: number(obs.get('RN1')),
    windSpeed: number(obs.get('WSD')),
    precipitation,
    sky,
    summary: precipitation !== 'none' ? precipitationLabel[precipitation] : sky ? skyLabel[sky] : '관측 중',
    hourly,
    fetchedAt: now.toISOString(),
  };
}

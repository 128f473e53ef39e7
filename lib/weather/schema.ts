import { z } from '@/lib/core/zod';

/** PTY (강수형태) codes of the 초단기 services. */
export const precipitationTypes = ['none', 'rain', 'rain_snow', 'snow', 'drizzle', 'drizzle_snow', 'snow_flurry'] as const;
export type Precipitation = (typeof precipitationTypes)[number];
/** SKY (하늘상태): 1 맑음, 3 구름많음, 4 흐림. */
export const skyTypes = ['clear', 'partly_cloudy', 'overcast'] as const;
export type Sky = (typeof skyTypes)[number];

export const hourlyForecast = z.object({
  at: z.iso.datetime({ offset: true }),
  temperature: z.number().nullable(),
  sky: z.enum(skyTypes).nullable(),
  precipitation: z.enum(precipitationTypes),
  /** RN1 as the KMA words it: "강수없음", "1mm 미만", "1.0mm", "30.0~50.0mm". */
  rain: z.string().nullable(),
});

export const weatherView = z.object({
  grid: z.object({ nx: z.number().int(), ny: z.number().int() }),
  /** The observation's hour (초단기실황 base time). */
  observedAt: z.iso.datetime({ offset: true }),
  temperature: z.number(),
  humidity: z.number().nullable(),
  /** Rain in the last hour, mm. */
  rain1h: z.number().nullable(),
  windSpeed: z.number().nullable(),
  precipitation: z.enum(precipitationTypes),
  sky: z.enum(skyTypes).nullable(),
  /** "맑음", "비", "구름 많음" … */
  summary: z.string(),
  /** The next hours of the 초단기예보; empty when that call failed. */
  hourly: z.array(hourlyForecast),
  fetchedAt: z.iso.datetime({ offset: true }),
});
export type WeatherView = z.infer<typeof weatherView>;
export type HourlyForecast = z.infer<typeof hourlyForecast>;

export const weatherWithPlace = weatherView.extend({
  neighbourhood: z.object({ code: z.string(), dong: z.string(), sigungu: z.string() }),
});
export type WeatherWithPlace = z.infer<typeof weatherWithPlace>;

export const precipitationLabel: Record<Precipitation, string> = {
  none: '강수 없음',
  rain: '비',
  rain_snow: '비/눈',
  snow: '눈',
  drizzle: '빗방울',
  drizzle_snow: '빗방울/눈날림',
  snow_flurry: '눈날림',
};
export const skyLabel: Record<Sky, string> = { clear: '맑음', partly_cloudy: '구름 많음', overcast: '흐림' };

export const isWet = (p: Precipitation) => p !== 'none';
export const isSnowy = (p: Precipitation) => p === 'snow' || p === 'rain_snow' || p === 'drizzle_snow' || p === 'snow_flurry';

import type { Db } from '@/db/client';
import { openPostCountsByCategory } from '@/lib/boards/queries';
import { systemClock, type Clock } from '@/lib/core/clock';
import { weatherOrNull, type WeatherOptions } from '@/lib/weather/queries';
import { seoulDate, seoulParts } from '@/lib/core/seoul-time';
import { recommend, type RecommendContext } from './recommend';
import { mealTimeAt, mealTimeLabel } from './rules';
import type { RecommendationsView } from './schema';

export type MenuOptions = { clock?: Clock; weather?: WeatherOptions };

/** Everything the rules look at, read in parallel: today's date and hour in Seoul, weather, trends. */
export async function menuContext(db: Db, neighbourhoodCode: string, options: MenuOptions = {}): Promise<RecommendContext> {
  const clock = options.clock ?? systemClock;
  const now = clock();
  const [weather, trends] = await Promise.all([
    weatherOrNull(db, neighbourhoodCode, { clock, ...options.weather }),
    openPostCountsByCategory(db, neighbourhoodCode),
  ]);
  return { date: seoulDate(now), hour: seoulParts(now).hour, neighbourhoodCode, weather, trends };
}

export function toRecommendationsView(ctx: RecommendContext): RecommendationsView {
  const mealTime = mealTimeAt(ctx.hour);
  return {
    date: ctx.date,
    mealTime,
    mealTimeLabel: mealTimeLabel[mealTime],
    weather: ctx.weather ? { summary: ctx.weather.summary, temperature: ctx.weather.temperature } : null,
    trending: ctx.trends,
    items: recommend(ctx),
  };
}

export async function getRecommendations(db: Db, neighbourhoodCode: string, options: MenuOptions = {}) {
  return toRecommendationsView(await menuContext(db, neighbourhoodCode, options));
}

import type { Db } from '@/db/client';
import { openPostCountsByCategory } from '@/lib/boards/queries';
import { systemClock, type Clock } from '@/lib/core/clock';
import { weatherOrNull, type WeatherOptions } from '@/lib/weather/queries';
import { seoulDate, seoulParts } from '@/lib/core/seoul-time';
import { boundedCache } from '@/lib/core/bounded-cache';
import { processSingleton } from '@/lib/core/process-singleton';
import { askModelForMenus, type ModelConfig } from './model';
import { boardUrl, newPostUrl, recommend, type Recommendation, type RecommendContext } from './recommend';
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

export function toRecommendationsView(ctx: RecommendContext, modelItems: Recommendation[] | null = null): RecommendationsView {
  const mealTime = mealTimeAt(ctx.hour);
  return {
    date: ctx.date,
    mealTime,
    mealTimeLabel: mealTimeLabel[mealTime],
    weather: ctx.weather ? { summary: ctx.weather.summary, temperature: ctx.weather.temperature } : null,
    trending: ctx.trends,
    items: modelItems ?? recommend(ctx),
    source: modelItems ? 'model' : 'rules',
  };
}

/**
 * The model's menus per dong, day, meal time and weather, for this process: the home card is
 * seen far more often than those change, and one model call per view would be slow and costly.
 * A pending answer is shared by everyone asking meanwhile; a failed one is forgotten.
 */
const modelMenus = processSingleton('model-menus', () => boundedCache<string, Promise<Recommendation[]>>({ entries: 5_000, ttl: 30 * 60_000 }));

async function menusFromModel(model: ModelConfig, ctx: RecommendContext, dong: string): Promise<Recommendation[] | null> {
  const key = [ctx.neighbourhoodCode, ctx.date, mealTimeAt(ctx.hour), ctx.weather?.summary ?? ''].join('|');
  let pending = modelMenus.get(key);
  if (!pending) {
    pending = askModelForMenus(model, { ctx, dong }).then((menus) => menus.map((m) => ({ ...m, boardUrl: boardUrl(m.category), newPostUrl: newPostUrl(m.category) })));
    modelMenus.set(key, pending);
  }
  try {
    return await pending;
  } catch (error) {
    modelMenus.delete(key);
    console.warn(JSON.stringify({ level: 'warn', message: 'menu model failed, recommending with rules', error: (error as Error).message }));
    return null;
  }
}

/** The model to ask, and the dong's name to brief it with ("제주시 용담2동"). */
export type ModelBrief = { model?: ModelConfig | null; dong?: string };

/** Five menus for a context: the model's when one is configured and answers well, else the rules'. */
export async function recommendationsFor(ctx: RecommendContext, brief: ModelBrief = {}) {
  const fromModel = brief.model ? await menusFromModel(brief.model, ctx, brief.dong ?? ctx.neighbourhoodCode) : null;
  return toRecommendationsView(ctx, fromModel);
}

export async function getRecommendations(db: Db, neighbourhoodCode: string, options: MenuOptions & ModelBrief = {}) {
  return recommendationsFor(await menuContext(db, neighbourhoodCode, options), options);
}

/** Tests: forget the model's cached menus. */
export const forgetModelMenus = () => modelMenus.clear();

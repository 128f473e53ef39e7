import type { MealCategory } from '@/db/constants/boards';
import type { WeatherView } from '@/lib/weather/schema';
import { MENUS, type Menu, type MenuTag } from './catalog';
import { mealTimeAt, PREFERENCE_REASONS, TIME_RULES, trendBoost, WEATHER_RULES, type Boost, type Trend } from './rules';

export type Stance = 'prefer' | 'exclude';
/** What the user said in the menu chat, latest word per tag/category wins; `shuffle` counts "다른 거". */
export type Preferences = {
  tags: Partial<Record<MenuTag, Stance>>;
  categories: Partial<Record<MealCategory, Stance>>;
  shuffle: number;
};
export const noPreferences = (): Preferences => ({ tags: {}, categories: {}, shuffle: 0 });

export type RecommendContext = {
  /** Seoul date, YYYY-MM-DD. */
  date: string;
  /** Seoul hour, 0..23. */
  hour: number;
  neighbourhoodCode: string;
  weather: WeatherView | null;
  trends: Trend[];
};

export type Recommendation = { name: string; category: MealCategory; reason: string; boardUrl: string; newPostUrl: string };

const PREFERRED_TAG_POINTS = 5;
const PREFERRED_CATEGORY_POINTS = 6;
const JITTER = 2;
/** A menu a rule names outright (rain → 해물파전) beats its category's other menus. */
const NAMED_BONUS = 2;

/** FNV-1a: a stable number in [0, 1) per string, so the same day and place give the same picks. */
function unitHash(text: string) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

/** Fills {menu}, choosing the particle the name needs: (으)로 → 으로/로, 이(가) → 이/가. */
function withMenu(template: string, name: string) {
  const last = name.charCodeAt(name.length - 1) - 0xac00;
  const batchim = last >= 0 && last < 11172 ? last % 28 : 0;
  return template
    .replaceAll('{menu}(으)로', `${name}${batchim && batchim !== 8 ? '으로' : '로'}`)
    .replaceAll('{menu}이(가)', `${name}${batchim ? '이' : '가'}`)
    .replaceAll('{menu}', name);
}

export const boardUrl = (category: string) => `/posts?category=${encodeURIComponent(category)}`;
export const newPostUrl = (category: string) => `/posts/new?category=${encodeURIComponent(category)}`;

type Candidate = Boost & { category?: MealCategory };

function boostsFor(ctx: RecommendContext, prefs: Preferences): Candidate[] {
  const boosts: Candidate[] = [TIME_RULES[mealTimeAt(ctx.hour)]];
  if (ctx.weather) for (const rule of WEATHER_RULES) if (rule.when(ctx.weather)) boosts.push(rule.boost(ctx.weather));
  for (const t of ctx.trends) if (t.openPosts > 0) boosts.push(trendBoost(t));
  for (const [tag, stance] of Object.entries(prefs.tags)) {
    if (stance === 'prefer') boosts.push({ tags: [tag as MenuTag], points: PREFERRED_TAG_POINTS, reason: PREFERENCE_REASONS[tag as MenuTag] });
  }
  for (const [category, stance] of Object.entries(prefs.categories)) {
    if (stance === 'prefer') boosts.push({ category: category as MealCategory, points: PREFERRED_CATEGORY_POINTS, reason: `찾으시던 ${category} 메뉴예요` });
  }
  return boosts;
}

const applies = (b: Candidate, m: Menu) =>
  b.category === m.category || b.menus?.includes(m.name) || Boolean(b.tags?.some((t) => m.tags.includes(t)));

const excluded = (m: Menu, prefs: Preferences) =>
  prefs.categories[m.category] === 'exclude' || m.tags.some((t) => prefs.tags[t] === 'exclude');

/**
 * Up to `count` menus scored by the rules that fit today (time of day, weather, neighbourhood
 * trends) and the user's preferences, with a small tie-breaking jitter seeded by the date and
 * neighbourhood. Different categories first, so the five open five different boards.
 */
export function recommend(ctx: RecommendContext, prefs: Preferences = noPreferences(), count = 5): Recommendation[] {
  const boosts = boostsFor(ctx, prefs);
  const seed = `${ctx.date}|${ctx.neighbourhoodCode}|${prefs.shuffle}`;
  const scored = MENUS.filter((m) => !excluded(m, prefs)).map((menu) => {
    const matched = boosts.filter((b) => applies(b, menu));
    const points = matched.reduce((sum, b) => sum + b.points + (b.menus?.includes(menu.name) ? NAMED_BONUS : 0), 0);
    const best = matched.reduce<Candidate | undefined>((top, b) => (!top || b.points > top.points ? b : top), undefined);
    return { menu, score: points + unitHash(`${seed}|${menu.name}`) * JITTER, reason: best?.reason };
  });
  scored.sort((a, b) => b.score - a.score || a.menu.name.localeCompare(b.menu.name));

  const picked: typeof scored = [];
  const categories = new Set<string>();
  for (const s of scored) {
    if (picked.length < count && !categories.has(s.menu.category)) {
      picked.push(s);
      categories.add(s.menu.category);
    }
  }
  for (const s of scored) if (picked.length < count && !picked.includes(s)) picked.push(s);
  // What neighbours are organising right now always gets a place: joining saves a delivery fee.
  const top = ctx.trends.find((t) => t.openPosts > 0);
  const trending = top && scored.find((s) => s.menu.category === top.category);
  if (trending && !picked.some((s) => s.menu.category === top.category) && picked.length === count) picked[count - 1] = trending;

  return picked.map(({ menu, reason }) => ({
    name: menu.name,
    category: menu.category,
    reason: withMenu(reason ?? PREFERENCE_REASONS[menu.tags[0]!], menu.name),
    boardUrl: boardUrl(menu.category),
    newPostUrl: newPostUrl(menu.category),
  }));
}

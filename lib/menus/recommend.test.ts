import { describe, expect, it } from 'vitest';
import { mealCategories } from '@/db/constants/boards';
import type { WeatherView } from '@/lib/weather/schema';
import { MENUS } from './catalog';
import { noPreferences, recommend, type RecommendContext } from './recommend';
import { mealTimeAt } from './rules';

const weather = (over: Partial<WeatherView>): WeatherView => ({
  grid: { nx: 60, ny: 127 }, observedAt: '2026-11-25T05:00:00.000Z', temperature: 15, humidity: 50, rain1h: 0, windSpeed: 1,
  precipitation: 'none', sky: 'clear', summary: '맑음', hourly: [], fetchedAt: '2026-11-25T05:50:00.000Z', ...over,
});
const ctx = (over: Partial<RecommendContext> = {}): RecommendContext => ({
  date: '2026-11-25', hour: 15, neighbourhoodCode: '1111051500', weather: null, trends: [], ...over,
});
const names = (c: RecommendContext) => recommend(c).map((r) => r.name);

describe('menu recommendations', () => {
  it('gives five menus on five boards, each with a reason and links to its category', () => {
    const items = recommend(ctx());
    expect(items).toHaveLength(5);
    expect(new Set(items.map((i) => i.category)).size).toBe(5);
    for (const i of items) {
      expect(mealCategories).toContain(i.category);
      expect(i.reason.length).toBeGreaterThan(5);
      expect(i.boardUrl).toBe(`/posts?category=${encodeURIComponent(i.category)}`);
      expect(i.newPostUrl).toBe(`/posts/new?category=${encodeURIComponent(i.category)}`);
    }
    expect(MENUS.every((m) => (mealCategories as readonly string[]).includes(m.category))).toBe(true);
  });

  it('is the same for the same inputs and varies across days', () => {
    expect(recommend(ctx())).toEqual(recommend(ctx()));
    const days = Array.from({ length: 7 }, (_, i) => names(ctx({ date: `2026-11-${String(20 + i).padStart(2, '0')}` })).join());
    expect(new Set(days).size).toBeGreaterThan(1);
  });

  it('rain brings 전 and 칼국수 with a rainy-day reason', () => {
    const items = recommend(ctx({ weather: weather({ precipitation: 'rain', summary: '비', temperature: 14 }) }));
    expect(items.map((i) => i.name)).toEqual(expect.arrayContaining(['해물파전', '칼국수']));
    expect(items.find((i) => i.name === '해물파전')!.reason).toContain('비 오는 날');
  });

  it('cold brings 국밥 and 찌개; heat brings 냉면 and 빙수', () => {
    const cold = recommend(ctx({ hour: 12, weather: weather({ temperature: -3 }) }));
    expect(cold.map((i) => i.name)).toEqual(expect.arrayContaining(['돼지국밥']));
    expect(cold.some((i) => i.category === '찜,탕,찌개')).toBe(true);
    expect(cold.find((i) => i.name === '돼지국밥')!.reason).toContain('-3℃');
    const hot = recommend(ctx({ hour: 12, weather: weather({ temperature: 31 }) }));
    expect(hot.map((i) => i.name)).toEqual(expect.arrayContaining(['물냉면', '팥빙수']));
  });

  it('follows the time of day in Seoul', () => {
    expect([mealTimeAt(7), mealTimeAt(12), mealTimeAt(15), mealTimeAt(19), mealTimeAt(23), mealTimeAt(2)]).toEqual([
      'breakfast', 'lunch', 'afternoon', 'dinner', 'late_night', 'late_night',
    ]);
    const lateNight = recommend(ctx({ hour: 23 }));
    expect(lateNight.filter((i) => i.reason.includes('야식')).length).toBeGreaterThanOrEqual(3);
    const morning = recommend(ctx({ hour: 7 }));
    expect(morning[0]!.reason).toContain('아침');
  });

  it("puts what neighbours are organising first, saying so", () => {
    const items = recommend(ctx({ trends: [{ category: '피자', openPosts: 3 }] }));
    expect(items[0]).toMatchObject({ category: '피자', reason: '지금 우리 동네에 피자 같이 주문 글이 3개 열려 있어요' });
  });

  it('always keeps a place for the most organised category, even against strong weather rules', () => {
    for (const date of ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']) {
      const items = recommend(ctx({ date, hour: 12, weather: weather({ precipitation: 'rain', temperature: 31 }), trends: [{ category: '족발,보쌈', openPosts: 1 }] }));
      expect(items).toHaveLength(5);
      expect(items.find((i) => i.category === '족발,보쌈')?.reason).toBe('지금 우리 동네에 족발,보쌈 같이 주문 글이 1개 열려 있어요');
    }
  });

  it('honours preferences: excluded tags and categories never appear, preferred ones lead', () => {
    const prefs = { ...noPreferences(), tags: { spicy: 'exclude', solo: 'prefer' } as const, categories: { 치킨: 'exclude' } as const };
    for (const date of ['2026-11-25', '2026-11-26', '2026-11-27']) {
      const items = recommend(ctx({ date, hour: 23 }), prefs);
      expect(items).toHaveLength(5);
      for (const i of items) {
        const menu = MENUS.find((m) => m.name === i.name)!;
        expect(menu.tags).not.toContain('spicy');
        expect(menu.category).not.toBe('치킨');
      }
      expect(MENUS.find((m) => m.name === items[0]!.name)!.tags).toContain('solo');
    }
  });
});

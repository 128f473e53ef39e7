import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { YONGDAM2 } from '@/tests/support/factories';
import { startFakeOpenAi } from '@/tests/support/fake-openai';
import { forgetModelMenus, getRecommendations } from './context';
import type { ModelConfig } from './model';

let openai: Awaited<ReturnType<typeof startFakeOpenAi>>;
let model: ModelConfig;
const now = new Date('2026-11-25T18:30:00+09:00');
const options = () => ({ clock: () => now, weather: { config: null }, model, dong: '제주시 용담2동' });

beforeAll(async () => {
  openai = await startFakeOpenAi();
  model = { apiKey: 'sk-test', baseUrl: openai.baseUrl, model: 'test-model', timeoutMs: 300 };
});
afterAll(() => openai.close());
beforeEach(() => {
  forgetModelMenus();
  openai.state.behaviour = 'five';
  openai.state.requests.length = 0;
});

describe("the home card's menus with a model configured", () => {
  it("are the model's five, briefed with the time and the dong, with links to their boards", async () => {
    const recs = await getRecommendations(getDb(), YONGDAM2, options());
    expect(recs.source).toBe('model');
    expect(recs.items.map((i) => i.name)).toEqual(['고기국수', '쌀국수', '양념치킨', '마르게리타', '모둠초밥']);
    expect(recs.items[2]).toMatchObject({ category: '치킨', boardUrl: '/posts?category=%EC%B9%98%ED%82%A8', newPostUrl: '/posts/new?category=%EC%B9%98%ED%82%A8' });
    const brief = JSON.stringify(openai.state.requests[0]!.body);
    expect(brief).toContain('2026-11-25');
    expect(brief).toContain('제주시 용담2동');
  });

  it('ask the model once per dong and meal time, however many neighbours open the home page at once', async () => {
    const all = await Promise.all(Array.from({ length: 5 }, () => getRecommendations(getDb(), YONGDAM2, options())));
    expect(all.every((r) => r.source === 'model')).toBe(true);
    expect(openai.state.requests).toHaveLength(1);
  });

  it('fall back to the rules when the model is slow, fails, names a wrong category or not five menus, and ask again next time', async () => {
    for (const behaviour of ['slow', 'http_500', 'invalid', 'ok'] as const) {
      openai.state.behaviour = behaviour;
      const recs = await getRecommendations(getDb(), YONGDAM2, options());
      expect(recs.source, behaviour).toBe('rules');
      expect(recs.items).toHaveLength(5);
    }
    openai.state.behaviour = 'five';
    expect((await getRecommendations(getDb(), YONGDAM2, options())).source).toBe('model');
  });

  it('without a model are the rules, as before', async () => {
    const recs = await getRecommendations(getDb(), YONGDAM2, { ...options(), model: null });
    expect(recs.source).toBe('rules');
    expect(openai.state.requests).toHaveLength(0);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as chatRoute from '@/app/api/menus/chat/route';
import * as recommendationsRoute from '@/app/api/menus/recommendations/route';
import * as weatherRoute from '@/app/api/weather/route';
import * as postsRoute from '@/app/api/posts/route';
import { getDb } from '@/db/client';
import { mealCategories } from '@/db/constants/boards';
import { completePost } from '@/lib/boards/mutations';
import { createTestPost } from '../support/boards';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { startFakeKma, type KmaScenario } from '../support/fake-kma';
import { startFakeOpenAi } from '../support/fake-openai';
import { call, expectProblem } from '../support/http';

let kma: Awaited<ReturnType<typeof startFakeKma>>;
let openai: Awaited<ReturnType<typeof startFakeOpenAi>>;
let scenario: KmaScenario = 'ok';
const saved = { ...process.env };

beforeAll(async () => {
  kma = await startFakeKma({ scenario: () => scenario });
  openai = await startFakeOpenAi();
});
afterAll(async () => {
  await kma.close();
  await openai.close();
});
afterEach(() => {
  process.env = { ...saved };
  scenario = 'ok';
});

describe('GET /api/weather', () => {
  it('401 anonymous; 503 problem+json when not configured', async () => {
    expectProblem(await call(weatherRoute.GET, { path: '/api/weather' }), 401);
    delete process.env.KMA_SERVICE_KEY;
    const res = expectProblem(await call(weatherRoute.GET, { path: '/api/weather', headers: await bearerFor(await createUser()) }), 503);
    expect(res).toMatchObject({ detail: '날씨 정보가 설정되지 않았습니다.', reason: 'not_configured' });
  });

  it("answers the caller's neighbourhood weather from the KMA, and 503 (never 500) when it fails", async () => {
    Object.assign(process.env, { KMA_SERVICE_KEY: 'key', KMA_BASE_URL: kma.baseUrl });
    const seoul = await createUser({ neighbourhoodCode: '1111051500' });
    const res = await call(weatherRoute.GET, { path: '/api/weather', headers: await cookieFor(seoul) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ neighbourhood: { code: '1111051500', dong: '청운효자동' }, grid: { nx: 60, ny: 127 }, temperature: 12.3, summary: '맑음' });
    for (const s of ['service_error', 'malformed', 'http_500'] as const) {
      scenario = s;
      // Each failure case on a fresh cell (the cache would otherwise answer).
      const user = await createUser({ neighbourhoodCode: { service_error: '2611051000', malformed: '2711051700', http_500: '5011058000' }[s] });
      expectProblem(await call(weatherRoute.GET, { path: '/api/weather', headers: await bearerFor(user) }), 503);
    }
  });
});

describe('GET /api/menus/recommendations', () => {
  it('401 anonymous; five menus on meal-board categories with board links, even without weather', async () => {
    expectProblem(await call(recommendationsRoute.GET, { path: '/api/menus/recommendations' }), 401);
    const me = await createUser();
    await createTestPost(me, { category: '분식' });
    const res = await call(recommendationsRoute.GET, { path: '/api/menus/recommendations', headers: await bearerFor(me) });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(5);
    for (const item of res.body.items) {
      expect(mealCategories).toContain(item.category);
      expect(item.boardUrl).toMatch(/^\/posts\?category=/);
      expect(item.newPostUrl).toMatch(/^\/posts\/new\?category=/);
    }
    expect(res.body).toMatchObject({ weather: null, trending: [{ category: '분식', openPosts: 1 }] });
    // The trending category always gets a place (which place depends on the hour in Seoul).
    expect(res.body.items.map((i: { category: string }) => i.category)).toContain('분식');
    // Deterministic for the same inputs.
    const again = await call(recommendationsRoute.GET, { path: '/api/menus/recommendations', headers: await bearerFor(me) });
    expect(again.body.items).toEqual(res.body.items);
  });
});

describe('/api/menus/chat', () => {
  it('401 anonymous, 400 with field errors, nothing saved', async () => {
    expectProblem(await call(chatRoute.GET, { path: '/api/menus/chat' }), 401);
    expectProblem(await call(chatRoute.POST, { method: 'POST', path: '/api/menus/chat', body: { message: '치킨' } }), 401);
    expectProblem(await call(chatRoute.DELETE, { method: 'DELETE', path: '/api/menus/chat' }), 401);
    const headers = await bearerFor(await createUser());
    for (const body of [{}, { message: '' }, { message: '   ' }, { message: 'x'.repeat(201) }, { message: 3 }]) {
      expect(Object.keys(expectProblem(await call(chatRoute.POST, { method: 'POST', path: '/api/menus/chat', headers, unchecked: body }), 400).errors!)).toEqual(['message']);
    }
    expect((await call(chatRoute.GET, { path: '/api/menus/chat', headers })).body.messages).toEqual([]);
  });

  it('refines with the rules, keeps the day per user, resets (204); cookie writes need the Origin', async () => {
    const me = await createUser();
    const headers = await cookieFor(me);
    const asked = await call(chatRoute.POST, { method: 'POST', path: '/api/menus/chat', headers, body: { message: '매운 거 말고' } });
    expect(asked.status).toBe(200);
    expect(asked.body.messages).toHaveLength(2);
    expect(asked.body.messages[1]).toMatchObject({ role: 'assistant', source: 'rules', text: expect.stringContaining('매운 메뉴는 빼고') });
    expect(asked.body.model).toEqual({ enabled: false, remaining: null });
    const { origin: _origin, ...noOrigin } = headers;
    expectProblem(await call(chatRoute.POST, { method: 'POST', path: '/api/menus/chat', headers: noOrigin, body: { message: '혼밥' } }), 403);
    expect((await call(chatRoute.GET, { path: '/api/menus/chat', headers: await bearerFor(await createUser()) })).body.messages).toEqual([]);
    expect((await call(chatRoute.DELETE, { method: 'DELETE', path: '/api/menus/chat', headers })).status).toBe(204);
    expect((await call(chatRoute.GET, { path: '/api/menus/chat', headers })).body.messages).toEqual([]);
  });

  it('with OPENAI_API_KEY the model answers, 10 a day, then 429 with a clear message', async () => {
    Object.assign(process.env, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseUrl, OPENAI_MODEL: 'fake' });
    const headers = await bearerFor(await createUser());
    for (let i = 0; i < 10; i++) {
      const res = await call(chatRoute.POST, { method: 'POST', path: '/api/menus/chat', headers, body: { message: `질문 ${i}` } });
      expect(res.body.messages.at(-1)!.source).toBe('model');
    }
    const limited = await call(chatRoute.POST, { method: 'POST', path: '/api/menus/chat', headers, body: { message: '하나 더' } });
    expect(expectProblem(limited, 429).detail).toContain('하루 10번까지');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(openai.state.requests.at(-1)!.body.model).toBe('fake');
  });
});

describe('GET /api/posts?status=open', () => {
  it('lists only posts still recruiting', async () => {
    const me = await createUser();
    const open = await createTestPost(me, { title: '열린 글' });
    const full = await createTestPost(me, { title: '닫힌 글' });
    await completePost(getDb(), me, full.id);
    const res = await call(postsRoute.GET, { path: '/api/posts?status=open&size=5', headers: await bearerFor(me) });
    expect(res.body.items.map((p: { id: number }) => p.id)).toEqual([open.id]);
    expect(res.body.page.total).toBe(1);
    expect((await call(postsRoute.GET, { path: '/api/posts', headers: await bearerFor(me) })).body.items).toHaveLength(2);
    expectProblem(await call(postsRoute.GET, { path: '/api/posts?status=closed', headers: await bearerFor(me) }), 400);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { menuChats } from '@/db/schema';
import { createTestPost } from '@/tests/support/boards';
import { createUser } from '@/tests/support/factories';
import { startFakeOpenAi } from '@/tests/support/fake-openai';
import { askMenuChat, getConversation, resetMenuChat, type ChatDeps } from './chat';
import { deleteOldMenuChats } from './chat-store';
import { MENUS } from './catalog';
import { getRecommendations } from './context';
import { modelConfigFromEnv, type ModelConfig } from './model';
import { createModelQuota } from './model-quota';
import { MAX_MESSAGES_PER_DAY, MODEL_QUESTIONS_PER_DAY } from './schema';

let openai: Awaited<ReturnType<typeof startFakeOpenAi>>;
let model: ModelConfig;
const now = new Date('2026-11-25T21:30:00+09:00');
const clock = () => now;
const rulesDeps = (): ChatDeps => ({ model: null, quota: createModelQuota({ db: getDb() }), dong: '용담2동', clock, weather: { config: null } });
const modelDeps = (): ChatDeps => ({ ...rulesDeps(), model });

beforeAll(async () => {
  openai = await startFakeOpenAi();
  model = { apiKey: 'sk-test', baseUrl: openai.baseUrl, model: 'test-model', timeoutMs: 300 };
});
afterAll(() => openai.close());
beforeEach(() => {
  openai.state.behaviour = 'ok';
  openai.state.requests.length = 0;
});

const tagsOf = (name: string) => MENUS.find((m) => m.name === name)!.tags;

describe('menu chat with the rules', () => {
  it('refines across the day and keeps the conversation per user until reset', async () => {
    const me = await createUser();
    const other = await createUser();
    let chat = await askMenuChat(getDb(), me, '매운 거 말고', rulesDeps());
    expect(chat).toMatchObject({ date: '2026-11-25', model: { enabled: false, remaining: null } });
    expect(chat.messages.map((m) => [m.role, m.source])).toEqual([['user', undefined], ['assistant', 'rules']]);
    expect(chat.messages[1]!.text).toBe('알겠어요! 매운 메뉴는 빼고 다시 골랐어요.');
    expect(chat.messages[1]!.menus).toHaveLength(5);
    for (const m of chat.messages[1]!.menus!) expect(tagsOf(m.name)).not.toContain('spicy');

    chat = await askMenuChat(getDb(), me, '혼밥 메뉴로', rulesDeps());
    expect(chat.messages).toHaveLength(4);
    const menus = chat.messages[3]!.menus!;
    // Both refinements hold: nothing spicy, solo menus first.
    for (const m of menus) expect(tagsOf(m.name)).not.toContain('spicy');
    expect(tagsOf(menus[0]!.name)).toContain('solo');

    expect((await getConversation(getDb(), other, rulesDeps())).messages).toEqual([]);
    expect((await getConversation(getDb(), me, rulesDeps())).messages).toHaveLength(4);
    await resetMenuChat(getDb(), me, { clock });
    expect((await getConversation(getDb(), me, rulesDeps())).messages).toEqual([]);
  });

  it('says when it did not understand, still answering with menus', async () => {
    const me = await createUser();
    const chat = await askMenuChat(getDb(), me, '음...', rulesDeps());
    expect(chat.messages[1]!.text).toContain('잘 이해하지 못했어요');
    expect(chat.messages[1]!.menus).toHaveLength(5);
  });

  it('caps a day at the message limit (429) and forgets old days', async () => {
    const me = await createUser();
    const db = getDb();
    await db.insert(menuChats).values({ userId: me.id, day: '2026-11-25', messages: Array.from({ length: MAX_MESSAGES_PER_DAY - 1 }, () => ({ role: 'user', text: 'x', at: now.toISOString() })) });
    await expect(askMenuChat(db, me, '치킨', rulesDeps())).rejects.toMatchObject({ code: 'rate_limited' });
    await db.insert(menuChats).values({ userId: me.id, day: '2026-11-23', messages: [] });
    await deleteOldMenuChats(db, now);
    expect((await db.select().from(menuChats)).map((r) => r.day)).toEqual(['2026-11-25']);
  });
});

describe('menu chat with an OpenAI-compatible model', () => {
  it('asks the model with today, weather and trends, and validates its answer', async () => {
    const me = await createUser();
    await createTestPost(me, { category: '피자' });
    const chat = await askMenuChat(getDb(), me, '매운 거 말고', modelDeps());
    expect(chat.messages[1]).toMatchObject({ source: 'model', text: '매운 건 빼고 골라 봤어요.' });
    expect(chat.messages[1]!.menus![0]).toEqual({ name: '쌀국수', category: '아시안', reason: '맑은 국물이라 속이 편해요', boardUrl: '/posts?category=%EC%95%84%EC%8B%9C%EC%95%88', newPostUrl: '/posts/new?category=%EC%95%84%EC%8B%9C%EC%95%88' });
    expect(chat.model).toEqual({ enabled: true, remaining: MODEL_QUESTIONS_PER_DAY - 1 });
    const sent = openai.state.requests[0]!;
    expect(sent.auth).toBe('Bearer sk-test');
    const system = (sent.body.messages as { content: string }[])[0]!.content;
    expect(system).toContain('2026-11-25');
    expect(system).toContain('날씨: 알 수 없음');
    expect(system).toContain('피자 1개');
    expect((sent.body.messages as { content: string }[]).at(-1)!.content).toBe('매운 거 말고');
  });

  it.each(['slow', 'invalid', 'http_500'] as const)('falls back to the rules when the model is %s', async (behaviour) => {
    openai.state.behaviour = behaviour;
    const me = await createUser();
    const chat = await askMenuChat(getDb(), me, '매운 거 말고', modelDeps());
    expect(chat.messages[1]).toMatchObject({ source: 'rules' });
    expect(chat.messages[1]!.text).toContain('기본 추천으로 답했어요');
    for (const m of chat.messages[1]!.menus!) expect(tagsOf(m.name)).not.toContain('spicy');
  });

  it(`allows ${MODEL_QUESTIONS_PER_DAY} model questions a day, then 429 without saving the question`, async () => {
    const me = await createUser();
    for (let i = 0; i < MODEL_QUESTIONS_PER_DAY; i++) await askMenuChat(getDb(), me, '다른 거', modelDeps());
    await expect(askMenuChat(getDb(), me, '하나 더', modelDeps())).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringContaining('하루 10번') });
    const chat = await getConversation(getDb(), me, modelDeps());
    expect(chat.messages).toHaveLength(MODEL_QUESTIONS_PER_DAY * 2);
    expect(chat.model.remaining).toBe(0);
    expect(openai.state.requests).toHaveLength(MODEL_QUESTIONS_PER_DAY);
    // Someone else still has theirs.
    expect((await getConversation(getDb(), await createUser(), modelDeps())).model.remaining).toBe(MODEL_QUESTIONS_PER_DAY);
  });

  it('is configured by OPENAI_API_KEY, with optional base URL and model', () => {
    expect(modelConfigFromEnv({})).toBeNull();
    expect(modelConfigFromEnv({ OPENAI_API_KEY: 'k' })).toEqual({ apiKey: 'k', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', timeoutMs: 5000 });
    expect(modelConfigFromEnv({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://x/v1', OPENAI_MODEL: 'm' })).toMatchObject({ baseUrl: 'http://x/v1', model: 'm' });
  });
});

describe('recommendations for a neighbourhood', () => {
  it('count open posts of the caller’s dong only', async () => {
    const me = await createUser();
    await createTestPost(me, { category: '족발,보쌈' });
    await createTestPost(me, { category: '족발,보쌈' });
    await createTestPost(await createUser({ neighbourhoodCode: '1111051500' }), { category: '피자' });
    const recs = await getRecommendations(getDb(), me.neighbourhoodCode, { clock, weather: { config: null } });
    expect(recs).toMatchObject({ date: '2026-11-25', mealTime: 'late_night', mealTimeLabel: '야식', weather: null, trending: [{ category: '족발,보쌈', openPosts: 2 }] });
    expect(recs.items[0]).toMatchObject({ category: '족발,보쌈', reason: expect.stringContaining('2개 열려 있어요') });
  });
});

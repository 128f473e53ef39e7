import { mealCategories } from '@/db/constants/boards';
import { z } from '@/lib/core/zod';
import type { RecommendContext } from './recommend';
import { mealTimeAt, mealTimeLabel } from './rules';
import type { ChatMessage } from './schema';
import { env, type Env } from '@/lib/env';

export type ModelConfig = { apiKey: string; baseUrl: string; model: string; timeoutMs: number };

/** Optional: with OPENAI_API_KEY an OpenAI-compatible chat completions endpoint answers the menu chat. */
export function modelConfigFromEnv(vars: Pick<Partial<Env>, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'> = env()): ModelConfig | null {
  const apiKey = vars.OPENAI_API_KEY?.trim();
  if (!apiKey) return null;
  return {
    apiKey,
    baseUrl: vars.OPENAI_BASE_URL?.trim() || 'https://api.openai.com/v1',
    model: vars.OPENAI_MODEL?.trim() || 'gpt-4o-mini',
    timeoutMs: 5_000,
  };
}

/** The only answer shape accepted from the model; anything else falls back to the rules. */
export const modelAnswer = z.object({
  reply: z.string().trim().min(1).max(500),
  menus: z
    .array(z.object({ name: z.string().trim().min(1).max(40), category: z.enum(mealCategories), reason: z.string().trim().min(1).max(120) }))
    .min(1)
    .max(5),
});
export type ModelAnswer = z.infer<typeof modelAnswer>;

const completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });

function systemPrompt(ctx: RecommendContext, dong: string) {
  const weather = ctx.weather
    ? `${ctx.weather.summary}, 기온 ${ctx.weather.temperature}℃, 습도 ${ctx.weather.humidity ?? '알 수 없음'}%`
    : '알 수 없음';
  const trends = ctx.trends.length ? ctx.trends.map((t) => `${t.category} ${t.openPosts}개`).join(', ') : '없음';
  return [
    '너는 동네 이웃끼리 배달 음식을 같이 주문하는 서비스 "동네"의 메뉴 추천 도우미야.',
    `오늘은 ${ctx.date}, 지금은 ${mealTimeLabel[mealTimeAt(ctx.hour)]} 시간(서울 ${ctx.hour}시)이고 동네는 ${dong}.`,
    `날씨: ${weather}. 지금 이 동네에 열려 있는 같이 주문 글(카테고리별): ${trends}.`,
    `메뉴마다 카테고리는 반드시 다음 중 하나: ${mealCategories.join(' | ')}.`,
    '사용자의 요청(예: "매운 거 말고", "혼밥 메뉴로")을 반영해 메뉴 5개를 추천하고, 이유는 한 줄 한국어로.',
    '반드시 JSON만 답해: {"reply": "한두 문장 답변", "menus": [{"name": "메뉴", "category": "카테고리", "reason": "한 줄 이유"}]}',
  ].join('\n');
}

/** One chat completion; throws on timeout, HTTP errors or an answer that doesn't validate. */
export async function askModel(config: ModelConfig, input: { ctx: RecommendContext; dong: string; history: ChatMessage[]; message: string }): Promise<ModelAnswer> {
  const messages = [
    { role: 'system', content: systemPrompt(input.ctx, input.dong) },
    ...input.history.slice(-10).map((m) => ({
      role: m.role,
      content: m.role === 'assistant' && m.menus ? `${m.text}\n추천: ${m.menus.map((x) => x.name).join(', ')}` : m.text,
    })),
    { role: 'user', content: input.message },
  ];
  const res = await fetch(`${config.baseUrl.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: config.model, messages, response_format: { type: 'json_object' }, temperature: 0.7 }),
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  if (!res.ok) throw new Error(`model answered HTTP ${res.status}`);
  const body = completion.parse(await res.json());
  return modelAnswer.parse(JSON.parse(body.choices[0]!.message.content));
}

/** How many menus the home card shows; the model must give exactly these many or the rules answer. */
export const RECOMMENDATION_COUNT = 5;

/**
 * The home card's menus from the model, briefed like the chat (date, meal time, weather, the
 * dong's open posts) with no conversation. Throws unless it names exactly five valid menus.
 */
export async function askModelForMenus(config: ModelConfig, input: { ctx: RecommendContext; dong: string }) {
  const answer = await askModel(config, { ...input, history: [], message: `오늘 지금 이 동네에 어울리는 배달 메뉴 ${RECOMMENDATION_COUNT}개를 추천해 줘.` });
  if (answer.menus.length !== RECOMMENDATION_COUNT) throw new Error(`model named ${answer.menus.length} menus, not ${RECOMMENDATION_COUNT}`);
  return answer.menus;
}

import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { systemClock } from '@/lib/core/clock';
import { seoulDate } from '@/lib/core/seoul-time';
import { appendMessages, readConversation, resetConversation } from './chat-store';
import { menuContext, type MenuOptions } from './context';
import { askModel, type ModelConfig } from './model';
import type { ModelQuota } from './model-quota';
import { boardUrl, newPostUrl, noPreferences, recommend, type RecommendContext } from './recommend';
import { applyRefinement, describeRefinement, parseRefinement, understood } from './refine';
import type { ChatMessage, ConversationView } from './schema';

export type ChatDeps = MenuOptions & { model: ModelConfig | null; quota: ModelQuota; dong: string };

const NOT_UNDERSTOOD = '잘 이해하지 못했어요. ‘매운 거 말고’, ‘혼밥 메뉴로’, ‘국물 있는 걸로’, ‘다른 거’처럼 말해 주세요.';

/** The rules' answer: every message of the day refines the preferences in order. */
export function rulesAnswer(ctx: RecommendContext, history: ChatMessage[], message: string, at: string): ChatMessage {
  let prefs = noPreferences();
  for (const m of history) if (m.role === 'user') prefs = applyRefinement(prefs, parseRefinement(m.text));
  const refinement = parseRefinement(message);
  prefs = applyRefinement(prefs, refinement);
  const menus = recommend(ctx, prefs);
  let text = understood(refinement) ? describeRefinement(refinement) : NOT_UNDERSTOOD;
  if (menus.length === 0) text = '조건에 맞는 메뉴가 없어요. 초기화하고 다시 물어봐 주세요.';
  else if (menus.length < 5) text += ` 조건에 맞는 메뉴가 ${menus.length}개뿐이에요.`;
  return { role: 'assistant', text, menus, source: 'rules', at };
}

async function view(deps: ChatDeps, userId: number, day: string, messages: ChatMessage[]): Promise<ConversationView> {
  return { date: day, messages, model: { enabled: Boolean(deps.model), remaining: deps.model ? await deps.quota.remaining(userId, day) : null } };
}

export async function getConversation(db: Db, user: User, deps: ChatDeps): Promise<ConversationView> {
  const day = seoulDate((deps.clock ?? systemClock)());
  return view(deps, user.id, day, await readConversation(db, user.id, day));
}

/**
 * One question: the configured model answers (10 a day, 5 s, validated) or the rules do; a
 * model that fails or times out falls back to the rules, saying so.
 */
export async function askMenuChat(db: Db, user: User, message: string, deps: ChatDeps): Promise<ConversationView> {
  const ctx = await menuContext(db, user.neighbourhoodCode, deps);
  const day = ctx.date;
  const at = (deps.clock ?? systemClock)().toISOString();
  const history = await readConversation(db, user.id, day);
  let answer: ChatMessage | undefined;
  if (deps.model) {
    await deps.quota.consume(user.id, day);
    try {
      const reply = await askModel(deps.model, { ctx, dong: deps.dong, history, message });
      answer = {
        role: 'assistant',
        text: reply.reply,
        menus: reply.menus.map((m) => ({ ...m, boardUrl: boardUrl(m.category), newPostUrl: newPostUrl(m.category) })),
        source: 'model',
        at,
      };
    } catch (error) {
      console.warn(JSON.stringify({ level: 'warn', message: 'menu model failed, answering with rules', error: (error as Error).message }));
    }
  }
  if (!answer) {
    answer = rulesAnswer(ctx, history, message, at);
    if (deps.model) answer.text = `AI 응답이 늦어 기본 추천으로 답했어요. ${answer.text}`;
  }
  const messages = await appendMessages(db, user.id, day, [{ role: 'user', text: message, at }, answer]);
  return view(deps, user.id, day, messages);
}

export async function resetMenuChat(db: Db, user: User, deps: Pick<ChatDeps, 'clock'>) {
  await resetConversation(db, user.id, seoulDate((deps.clock ?? systemClock)()));
}

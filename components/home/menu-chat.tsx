'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { TextField } from '@/components/ui/text-field';
import type { ConversationView } from '@/lib/menus/schema';
import { askMenuChatEndpoint, getMenuChatEndpoint, resetMenuChatEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';

const key = ['menus', 'chat'] as const;
const SUGGESTIONS = ['매운 거 말고', '혼밥 메뉴로', '국물 있는 걸로', '다른 거 추천해 줘'];

/** "뭐 먹지?" chat: refine today's menus in words; kept for the day, reset on demand. */
export function MenuChat() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState('');
  const conversation = useQuery({ queryKey: key, queryFn: ({ signal }) => callEndpoint(getMenuChatEndpoint, { signal }) });
  const ask = useMutation({
    mutationFn: (message: string) => callEndpoint(askMenuChatEndpoint, { body: { message } }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      setDraft('');
    },
  });
  const reset = useMutation({
    mutationFn: () => callEndpoint(resetMenuChatEndpoint),
    onSuccess: () => {
      queryClient.setQueryData<ConversationView>(key, (old) => old && { ...old, messages: [] });
      ask.reset();
    },
  });

  if (conversation.isPending) return <LoadingState label="대화를 불러오는 중…" />;
  if (conversation.isError) {
    return <ErrorState message={`메뉴 상담을 불러오지 못했습니다. ${conversation.error.message}`} onRetry={() => conversation.refetch()} retrying={conversation.isFetching} />;
  }
  const { messages, model } = conversation.data;
  const send = (message: string) => {
    if (message.trim() && !ask.isPending) ask.mutate(message.trim());
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send(draft);
  };
  const fieldErrors = ask.error instanceof ApiError ? ask.error.fieldErrors().message : undefined;

  return (
    <div className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
      <div role="log" aria-live="polite" aria-label="메뉴 상담 대화" className="flex max-h-[28rem] flex-col gap-3 overflow-y-auto">
        {messages.length === 0 && <p className="text-sm text-stone-600">추천이 마음에 안 들면 말해 주세요. 조건에 맞게 다시 골라 드려요.</p>}
        {messages.map((m, i) =>
          m.role === 'user' ? (
            <p key={i} className="self-end rounded-2xl rounded-br-sm bg-brand-700 px-3 py-2 text-sm text-white" data-testid="menu-chat-question">
              {m.text}
            </p>
          ) : (
            <div key={i} className="self-start rounded-2xl rounded-bl-sm bg-stone-100 px-3 py-2 text-sm" data-testid="menu-chat-answer">
              <p>{m.text}</p>
              {m.menus && m.menus.length > 0 && (
                <ul className="mt-2 flex flex-col gap-1">
                  {m.menus.map((menu) => (
                    <li key={menu.name}>
                      <Link href={menu.boardUrl} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                        {menu.name}
                      </Link>{' '}
                      <span className="text-stone-600">
                        ({menu.category}) {menu.reason}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        )}
      </div>
      <ul className="flex flex-wrap gap-2" aria-label="이렇게 말해 보세요">
        {SUGGESTIONS.map((s) => (
          <li key={s}>
            <button
              type="button"
              onClick={() => send(s)}
              disabled={ask.isPending}
              className="min-h-9 rounded-full border border-stone-300 bg-white px-3 text-sm font-medium hover:bg-stone-100 disabled:text-stone-400"
            >
              {s}
            </button>
          </li>
        ))}
      </ul>
      {ask.error && !fieldErrors && <Alert>{ask.error.message}</Alert>}
      {reset.error && <Alert>{reset.error.message}</Alert>}
      <form onSubmit={onSubmit} className="flex items-end gap-2" noValidate>
        <TextField
          label="메뉴 상담에 묻기"
          name="message"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={200}
          placeholder="예: 매운 거 말고 국물 있는 걸로"
          errors={fieldErrors}
          className="flex-1"
          autoComplete="off"
        />
        <Button type="submit" loading={ask.isPending}>
          {ask.isPending ? '고르는 중…' : '묻기'}
        </Button>
      </form>
      <div className="flex items-center justify-between gap-2 text-xs text-stone-600">
        <span>{model.enabled ? `AI 상담 오늘 ${model.remaining ?? 0}번 남음` : '동네 추천 규칙이 답해요'}</span>
        <Button variant="ghost" className="min-h-9 text-sm" onClick={() => reset.mutate()} loading={reset.isPending} disabled={messages.length === 0}>
          대화 초기화
        </Button>
      </div>
    </div>
  );
}

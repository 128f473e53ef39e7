'use client';
import { useState, type FormEvent } from 'react';
import { useViewer } from '@/components/realtime/socket-provider';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useCommunityRoom } from './use-community-room';

/** "지금 보는 이웃 N명" with their names, and a talk line that disappears when everyone leaves. */
export function LiveReaders({ postId }: { postId: number }) {
  const viewer = useViewer();
  const { presence, messages, say, connected } = useCommunityRoom(postId);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body = draft.trim();
    if (!body) return;
    setSending(true);
    setError(null);
    const result = await say(body);
    setSending(false);
    if (result.ok) setDraft('');
    else setError(result.error);
  }

  return (
    <section aria-labelledby="live-readers-title" className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="live-readers-title" className="flex items-center gap-2 font-semibold">
        <span className={`inline-block size-2 rounded-full ${connected ? 'bg-green-600' : 'bg-stone-400'}`} aria-hidden />
        <span data-testid="reader-count" aria-live="polite">
          지금 보는 이웃 {presence?.count ?? 0}명
        </span>
      </h2>
      {presence && presence.users.length > 0 && (
        <ul aria-label="지금 보는 이웃" className="mt-2 flex flex-wrap gap-1.5">
          {presence.users.map((u) => (
            <li key={u.id} className="rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-stone-700">
              {u.username}
              {u.id === viewer?.id && <span className="text-stone-500"> (나)</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 border-t border-stone-200 pt-3">
        <p className="text-sm text-stone-600">지금 보는 이웃끼리 나누는 이야기예요. 저장되지 않아요.</p>
        <ol aria-label="실시간 이야기" aria-live="polite" className="mt-2 flex max-h-48 flex-col gap-1 overflow-y-auto text-sm">
          {messages.map((m) => (
            <li key={m.id} className="break-words">
              <span className="font-semibold">{m.user.username}</span> {m.body}
            </li>
          ))}
        </ol>
        {error && (
          <div className="mt-2">
            <Alert>{error}</Alert>
          </div>
        )}
        <form onSubmit={onSubmit} className="mt-2 flex gap-2">
          <label className="flex-1">
            <span className="sr-only">실시간 이야기 보내기</span>
            <input
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              maxLength={500}
              placeholder="한마디 남기기"
              className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base"
            />
          </label>
          <Button type="submit" variant="secondary" loading={sending} disabled={!connected || !draft.trim()}>
            보내기
          </Button>
        </form>
      </div>
    </section>
  );
}

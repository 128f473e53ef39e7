'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { ChatTime } from '@/components/ui/relative-time';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { searchMessagesEndpoint } from '@/lib/http/routes';
import type { SearchHit } from '@/lib/chat/schema';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

/** The matched words in bold, wherever they are in the snippet. */
function Highlighted({ text, q }: { text: string; q: string }) {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="rounded bg-amber-200 px-0.5 text-stone-900">{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}

function Hit({ hit, q }: { hit: SearchHit; q: string }) {
  return (
    <li>
      <Link
        href={`/chat/${hit.roomId}?message=${hit.id}`}
        className="flex flex-col gap-1 rounded-xl bg-white px-4 py-3 ring-1 ring-stone-200 hover:bg-stone-50"
        data-testid="search-hit"
      >
        <span className="flex items-center justify-between gap-2 text-xs text-stone-600">
          <span className="truncate font-semibold text-stone-800">{hit.room.title}</span>
          <ChatTime date={hit.createdAt} />
        </span>
        <span className="text-sm text-stone-900">
          <span className="text-stone-600">{hit.user?.username ?? '알 수 없음'}: </span>
          <Highlighted text={hit.snippet} q={q} />
        </span>
      </Link>
    </li>
  );
}

/** Search over my rooms' messages; a result opens its room at that message. */
export function ChatSearch({ initialQuery }: { initialQuery: string }) {
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState(initialQuery);
  const [q, setQ] = useState(initialQuery.trim());
  const valid = q.length >= 2;
  const results = useInfiniteQuery({
    queryKey: [...chatKeys.all, 'search', q],
    queryFn: ({ pageParam, signal }) => callEndpoint(searchMessagesEndpoint, { query: { q, before: pageParam }, signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: valid,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = text.trim();
    setQ(next);
    router.replace(`/chat/search?q=${encodeURIComponent(next)}`);
  }

  const hits = results.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="flex flex-col gap-3">
      <form role="search" onSubmit={submit} className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          대화 검색어
        </label>
        <input
          id={id}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="대화 내용 검색 (두 글자 이상)"
          enterKeyHint="search"
          className="min-h-11 flex-1 rounded-xl border border-stone-300 bg-white px-3 text-base"
        />
        <button type="submit" className="min-h-11 rounded-xl bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          검색
        </button>
      </form>
      {q && !valid && <p className="text-sm text-stone-600">두 글자 이상 입력해 주세요.</p>}
      {valid && results.isPending && <LoadingState label="찾는 중…" />}
      {results.isError && <ErrorState message={`검색하지 못했습니다. ${results.error.message}`} onRetry={() => results.refetch()} retrying={results.isFetching} />}
      {valid && results.isSuccess && hits.length === 0 && (
        <p className="rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-10 text-center text-sm text-stone-600">‘{q}’이(가) 들어간 메시지가 없어요.</p>
      )}
      {hits.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label="검색 결과">
          {hits.map((hit) => (
            <Hit key={hit.id} hit={hit} q={q} />
          ))}
        </ul>
      )}
      {results.hasNextPage && (
        <button
          type="button"
          onClick={() => results.fetchNextPage()}
          disabled={results.isFetchingNextPage}
          className="min-h-11 self-center rounded-full px-4 text-sm font-medium text-stone-700 ring-1 ring-stone-300 hover:bg-white"
        >
          {results.isFetchingNextPage ? '불러오는 중…' : '더 보기'}
        </button>
      )}
    </div>
  );
}

'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import type { AdminContentView } from '@/lib/admin/schema';
import { apiFetch } from '@/lib/http/client';
import { ActionButtons } from './action-dialog';
import { seoulDateTime, targetLabels } from './labels';
import { Pager } from './pager';

const types = ['post', 'message', 'game', 'space', 'community_post', 'community_comment'] as const;

/** Everything of one kind, newest first, or only what is hidden, with hide/unhide/delete at hand. */
export function ContentAdmin() {
  const [type, setType] = useState<(typeof types)[number]>('post');
  const [hiddenOnly, setHiddenOnly] = useState(false);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['admin', 'content', type, hiddenOnly, page],
    queryFn: ({ signal }) => apiFetch<AdminContentView>(`/api/admin/content?type=${type}&page=${page}${hiddenOnly ? '&hidden=true' : ''}`, { signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="flex flex-col gap-3" aria-label="콘텐츠 관리">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1">
          종류
          <select value={type} onChange={(e) => (setType(e.target.value as typeof type), setPage(1))} className="min-h-9 rounded-lg border border-stone-300 bg-white px-2">
            {types.map((t) => (
              <option key={t} value={t}>
                {targetLabels[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-9 items-center gap-2">
          <input type="checkbox" checked={hiddenOnly} onChange={(e) => (setHiddenOnly(e.target.checked), setPage(1))} className="size-4" />
          숨긴 것만
        </label>
      </div>
      {query.isPending ? (
        <LoadingState label="불러오는 중…" />
      ) : query.isError ? (
        <ErrorState message={query.error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />
      ) : query.data.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">없어요.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {query.data.items.map((item) => (
            <li key={item.id} className="rounded-xl border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                {item.hiddenAt && <span className="rounded bg-red-50 px-1.5 py-0.5 font-semibold text-red-800">숨김</span>}
                {item.openReports > 0 && <span className="font-semibold text-red-800">신고 {item.openReports}건</span>}
                <span>{item.owner?.username}</span>
                <span>{seoulDateTime(item.createdAt)}</span>
              </div>
              <p className="mt-1 font-semibold">{item.link ? <Link href={item.link}>{item.title}</Link> : item.title}</p>
              <p className="line-clamp-2 text-sm text-stone-700">{item.excerpt}</p>
              <div className="mt-2">
                <ActionButtons
                  endpoint={`/api/admin/reports/${item.type}/${item.id}`}
                  subject={item.title}
                  actions={[item.hiddenAt ? { action: 'unhide', label: '숨김 해제' } : { action: 'hide', label: '숨기기' }, { action: 'delete', label: '삭제', danger: true }]}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {query.data && <Pager page={query.data.page} onChange={setPage} busy={query.isFetching} />}
    </section>
  );
}

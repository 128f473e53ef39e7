'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import type { ReportQueueView } from '@/lib/admin/schema';
import { apiFetch } from '@/lib/http/client';
import { reasonLabels } from '@/lib/reports/schema';
import { ActionButtons, type AdminAction } from './action-dialog';
import { seoulDateTime, targetLabels } from './labels';
import { Pager } from './pager';

const contentActions = (hidden: boolean, hideable: boolean, exists: boolean): AdminAction[] =>
  exists
    ? [
        { action: 'dismiss', label: '신고 기각' },
        ...(hideable ? [hidden ? { action: 'unhide', label: '숨김 해제' } : { action: 'hide', label: '숨기기' }] : []),
        ...(hideable ? [{ action: 'delete', label: '삭제', danger: true }] : []),
        { action: 'warn', label: '경고' },
        { action: 'suspend', label: '이용 정지', needsDays: true, danger: true },
        { action: 'ban', label: '차단', danger: true },
      ]
    : [{ action: 'dismiss', label: '신고 닫기' }];

/** Reports grouped by what was reported, with the content as it is now and every decision one dialog away. */
export function ReportQueue() {
  const [sort, setSort] = useState<'newest' | 'most'>('newest');
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['admin', 'reports', sort, status, page],
    queryFn: ({ signal }) => apiFetch<ReportQueueView>(`/api/admin/reports?sort=${sort}&status=${status}&page=${page}`, { signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="queue-title" className="flex flex-col gap-3">
      <h2 id="queue-title" className="sr-only">
        신고 목록
      </h2>
      <div className="flex flex-wrap gap-2 text-sm">
        <label className="flex items-center gap-1">
          정렬
          <select value={sort} onChange={(e) => (setSort(e.target.value as typeof sort), setPage(1))} className="min-h-9 rounded-lg border border-stone-300 bg-white px-2">
            <option value="newest">최근 신고 순</option>
            <option value="most">신고 많은 순</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          상태
          <select value={status} onChange={(e) => (setStatus(e.target.value as typeof status), setPage(1))} className="min-h-9 rounded-lg border border-stone-300 bg-white px-2">
            <option value="open">처리 대기</option>
            <option value="all">전체</option>
          </select>
        </label>
      </div>
      {query.isPending ? (
        <LoadingState label="신고를 불러오는 중…" />
      ) : query.isError ? (
        <ErrorState message={query.error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />
      ) : query.data.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">처리할 신고가 없어요.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {query.data.items.map(({ target, reports, reporters, openReports, lastReportedAt }) => (
            <li key={`${target.type}:${target.id}`} className="rounded-xl border border-stone-200 bg-white p-4" data-testid="report-group">
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <span className="rounded bg-stone-100 px-1.5 py-0.5 font-semibold text-stone-700">{targetLabels[target.type]}</span>
                <span className="font-semibold text-red-800">신고 {reporters}명{openReports !== reports.length ? ` · 대기 ${openReports}건` : ''}</span>
                {target.hiddenAt && <span className="rounded bg-red-50 px-1.5 py-0.5 font-semibold text-red-800">숨김</span>}
                <span className="text-stone-500">최근 {seoulDateTime(lastReportedAt)}</span>
              </div>
              <h3 className="mt-2 font-bold">
                {target.link && target.exists ? (
                  <Link href={target.link} className="underline-offset-2 hover:underline">
                    {target.title}
                  </Link>
                ) : (
                  target.title
                )}
              </h3>
              {target.owner && <p className="text-sm text-stone-600">작성자: {target.owner.username}</p>}
              {target.excerpt && <blockquote className="mt-2 whitespace-pre-wrap rounded-lg bg-stone-50 p-3 text-sm text-stone-800">{target.excerpt}</blockquote>}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-stone-700">신고 내용 {reports.length}건</summary>
                <ul className="mt-1 flex flex-col gap-1">
                  {reports.map((r) => (
                    <li key={r.id} className="text-stone-700">
                      <span className="font-medium">{r.reporter.username}</span> · {reasonLabels[r.reason]}
                      {r.text && <> — {r.text}</>} <span className="text-stone-500">({seoulDateTime(r.createdAt)})</span>
                    </li>
                  ))}
                </ul>
              </details>
              {status === 'open' || openReports > 0 ? (
                <div className="mt-3">
                  <ActionButtons endpoint={`/api/admin/reports/${target.type}/${target.id}`} subject={target.title} actions={contentActions(Boolean(target.hiddenAt), target.type !== 'user', target.exists)} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {query.data && <Pager page={query.data.page} onChange={setPage} busy={query.isFetching} />}
    </section>
  );
}

'use client';
import Link from '@/components/ui/link';
import { useState } from 'react';
import { reportQueueEndpoint } from '@/lib/http/routes';
import { reasonLabels } from '@/lib/reports/labels';
import { ActionButtons, hideActions, type AdminAction } from './action-dialog';
import { AdminList, FilterSelect, useAdminList } from './admin-list';
import { seoulDateTime, targetLabels } from './labels';

const sorts = [
  ['newest', '최근 신고 순'],
  ['most', '신고 많은 순'],
] as const;
const statuses = [
  ['open', '처리 대기'],
  ['all', '전체'],
] as const;

const contentActions = (hidden: boolean, hideable: boolean, exists: boolean): AdminAction[] =>
  exists
    ? [
        { action: 'dismiss', label: '신고 기각' },
        ...(hideable ? hideActions(hidden) : []),
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
  const query = useAdminList(reportQueueEndpoint, { sort, status, page });
  return (
    <section aria-labelledby="queue-title" className="flex flex-col gap-3">
      <h2 id="queue-title" className="sr-only">
        신고 목록
      </h2>
      <div className="flex flex-wrap gap-2 text-sm">
        <FilterSelect label="정렬" value={sort} options={sorts} onChange={(v) => (setSort(v), setPage(1))} />
        <FilterSelect label="상태" value={status} options={statuses} onChange={(v) => (setStatus(v), setPage(1))} />
      </div>
      <AdminList query={query} loading="신고를 불러오는 중…" empty="처리할 신고가 없어요." onPage={setPage} gap="gap-3">
        {({ target, reports, reporters, openReports, lastReportedAt }) => (
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
                <ActionButtons target={{ kind: 'content', type: target.type, id: target.id }} subject={target.title} actions={contentActions(Boolean(target.hiddenAt), target.type !== 'user', target.exists)} />
              </div>
            ) : null}
          </li>
        )}
      </AdminList>
    </section>
  );
}

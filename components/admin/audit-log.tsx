'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import type { AuditLogView } from '@/lib/admin/schema';
import { apiFetch } from '@/lib/http/client';
import { actionLabels, seoulDateTime } from './labels';
import { Pager } from './pager';

/** Who did what to what, when and why; the table refuses edits, so this is the record. */
export function AuditLog() {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['admin', 'audit', page],
    queryFn: ({ signal }) => apiFetch<AuditLogView>(`/api/admin/audit?size=50&page=${page}`, { signal }),
    placeholderData: keepPreviousData,
  });
  if (query.isPending) return <LoadingState label="기록을 불러오는 중…" />;
  if (query.isError) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />;
  if (!query.data.items.length) return <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">아직 기록이 없어요.</p>;
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-2" aria-label="관리 기록">
        {query.data.items.map((a) => (
          <li key={a.id} className="rounded-xl border border-stone-200 bg-white p-3 text-sm" data-testid="audit-entry">
            <p>
              <span className="font-semibold">{a.admin.username}</span> · <span className="font-semibold text-brand-800">{actionLabels[a.action] ?? a.action}</span> · {a.targetType} #{a.targetId}
            </p>
            <p className="text-stone-700">사유: {a.reason}</p>
            <p className="text-xs text-stone-500">{seoulDateTime(a.createdAt)}</p>
          </li>
        ))}
      </ol>
      <Pager page={query.data.page} onChange={setPage} busy={query.isFetching} />
    </div>
  );
}

'use client';
import { useState } from 'react';
import { auditLogEndpoint } from '@/lib/http/routes';
import { AdminList, useAdminList } from './admin-list';
import { actionLabels, seoulDateTime } from './labels';

/** Who did what to what, when and why; the table refuses edits, so this is the record. */
export function AuditLog() {
  const [page, setPage] = useState(1);
  const query = useAdminList(auditLogEndpoint, { size: 50, page });
  return (
    <div className="flex flex-col gap-3">
      <AdminList query={query} loading="기록을 불러오는 중…" empty="아직 기록이 없어요." onPage={setPage} ordered aria-label="관리 기록">
        {(a) => (
          <li key={a.id} className="rounded-xl border border-stone-200 bg-white p-3 text-sm" data-testid="audit-entry">
            <p>
              <span className="font-semibold">{a.admin.username}</span> · <span className="font-semibold text-brand-800">{actionLabels[a.action] ?? a.action}</span> · {a.targetType} #{a.targetId}
            </p>
            <p className="text-stone-700">사유: {a.reason}</p>
            <p className="text-xs text-stone-500">{seoulDateTime(a.createdAt)}</p>
          </li>
        )}
      </AdminList>
    </div>
  );
}

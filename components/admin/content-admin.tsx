'use client';
import Link from '@/components/ui/link';
import { useState } from 'react';
import { adminContentEndpoint } from '@/lib/http/routes';
import { contentTypes as types } from '@/lib/admin/content-types';
import { ActionButtons, hideActions } from './action-dialog';
import { AdminList, FilterSelect, useAdminList } from './admin-list';
import { seoulDateTime, targetLabels } from './labels';

/** Everything of one kind, newest first, or only what is hidden, with hide/unhide/delete at hand. */
export function ContentAdmin() {
  const [type, setType] = useState<(typeof types)[number]>('post');
  const [hiddenOnly, setHiddenOnly] = useState(false);
  const [page, setPage] = useState(1);
  const query = useAdminList(adminContentEndpoint, { type, page, ...(hiddenOnly && { hidden: true }) });
  return (
    <section className="flex flex-col gap-3" aria-label="콘텐츠 관리">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <FilterSelect label="종류" value={type} options={types.map((t) => [t, targetLabels[t]] as const)} onChange={(v) => (setType(v), setPage(1))} />
        <label className="flex min-h-9 items-center gap-2">
          <input type="checkbox" checked={hiddenOnly} onChange={(e) => (setHiddenOnly(e.target.checked), setPage(1))} className="size-4" />
          숨긴 것만
        </label>
      </div>
      <AdminList query={query} loading="불러오는 중…" empty="없어요." onPage={setPage}>
        {(item) => (
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
                target={{ kind: 'content', type: item.type, id: item.id }}
                subject={item.title}
                actions={hideActions(Boolean(item.hiddenAt))}
              />
            </div>
          </li>
        )}
      </AdminList>
    </section>
  );
}

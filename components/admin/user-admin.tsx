'use client';
import { useState } from 'react';
import { adminUsersEndpoint } from '@/lib/http/routes';
import type { AdminUsersQuery, AdminUserView } from '@/lib/admin/schema';
import { ActionButtons, type AdminAction } from './action-dialog';
import { AdminList, FilterSelect, useAdminList } from './admin-list';
import { seoulDateTime } from './labels';

const statuses = [
  ['all', '전체'],
  ['suspended', '정지'],
  ['banned', '차단'],
  ['deleted', '탈퇴'],
  ['admin', '관리자'],
] as const;

const suspended = (u: AdminUserView) => u.suspendedUntil !== null && new Date(u.suspendedUntil) > new Date();

function actionsFor(u: AdminUserView): AdminAction[] {
  if (!u.isActive) return [{ action: 'restore', label: '계정 복구' }];
  return [
    { action: 'warn', label: '경고' },
    suspended(u) ? { action: 'unsuspend', label: '정지 해제' } : { action: 'suspend', label: '이용 정지', needsDays: true, danger: true },
    u.bannedAt ? { action: 'unban', label: '차단 해제' } : { action: 'ban', label: '차단', danger: true },
    u.role === 'admin' ? { action: 'revoke_admin', label: '관리자 해제', danger: true } : { action: 'grant_admin', label: '관리자 지정' },
  ];
}

/** Users by name or email, with what they did and how often they were reported. */
export function UserAdmin() {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<AdminUsersQuery['status']>('all');
  const [page, setPage] = useState(1);
  const query = useAdminList(adminUsersEndpoint, { status, page, q });
  return (
    <section className="flex flex-col gap-3" aria-label="사용자 관리">
      <div className="flex flex-wrap gap-2 text-sm">
        <label className="flex grow items-center gap-1">
          <span className="shrink-0">검색</span>
          <input type="search" value={q} onChange={(e) => (setQ(e.target.value), setPage(1))} placeholder="이름 또는 이메일" className="min-h-9 w-full rounded-lg border border-stone-300 px-2" />
        </label>
        <FilterSelect label="상태" value={status} options={statuses} onChange={(v) => (setStatus(v), setPage(1))} />
      </div>
      <AdminList query={query} loading="사용자를 불러오는 중…" empty="맞는 사용자가 없어요." onPage={setPage}>
        {(u) => (
          <li key={u.id} className="rounded-xl border border-stone-200 bg-white p-3" data-testid="admin-user">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-bold">{u.username}</span>
              <span className="text-sm text-stone-600">{u.email}</span>
              {u.role === 'admin' && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-800">관리자</span>}
              {!u.isActive && <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-semibold">탈퇴</span>}
              {suspended(u) && <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-800">{seoulDateTime(u.suspendedUntil!)}까지 정지</span>}
              {u.bannedAt && <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">차단</span>}
            </div>
            <p className="mt-1 text-xs text-stone-600">
              글 {u.counts.posts} · 메시지 {u.counts.messages} · 운동 {u.counts.games} · 공간 {u.counts.spaces} · <span className="font-semibold text-red-800">신고받음 {u.counts.reportsAgainst}</span>
            </p>
            <div className="mt-2">
              <ActionButtons target={{ kind: 'user', id: u.id }} subject={u.username} actions={actionsFor(u)} />
            </div>
          </li>
        )}
      </AdminList>
    </section>
  );
}

import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { AuditLog } from '@/components/admin/audit-log';
import { ContentAdmin } from '@/components/admin/content-admin';
import { NoShowDisputes } from '@/components/admin/no-show-disputes';
import { PayoutQueue } from '@/components/admin/payout-queue';
import { ReportQueue } from '@/components/admin/report-queue';
import { UserAdmin } from '@/components/admin/user-admin';
import { getSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '관리', robots: { index: false } };

const tabs = { reports: '신고', disputes: '노쇼 이의', users: '사용자', content: '콘텐츠', payouts: '출금', audit: '기록' } as const;
type Tab = keyof typeof tabs;

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Like the admin API: anyone but an admin sees a page that does not exist.
  const me = await getSessionUser();
  if (me?.role !== 'admin') notFound();
  const requested = (await searchParams).tab;
  const tab: Tab = typeof requested === 'string' && requested in tabs ? (requested as Tab) : 'reports';
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">관리</h1>
      <nav aria-label="관리 메뉴" className="flex gap-1 overflow-x-auto border-b border-stone-200">
        {(Object.entries(tabs) as [Tab, string][]).map(([key, label]) => (
          <Link
            key={key}
            href={`/admin?tab=${key}`}
            aria-current={key === tab ? 'page' : undefined}
            className={`min-h-11 shrink-0 px-3 py-2.5 text-sm font-semibold ${key === tab ? 'border-b-2 border-brand-700 text-brand-800' : 'text-stone-600 hover:text-stone-900'}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      {tab === 'reports' && <ReportQueue />}
      {tab === 'disputes' && <NoShowDisputes />}
      {tab === 'users' && <UserAdmin />}
      {tab === 'content' && <ContentAdmin />}
      {tab === 'payouts' && <PayoutQueue />}
      {tab === 'audit' && <AuditLog />}
    </div>
  );
}

import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { Card } from '@/components/ui/card';
import { fullDateTime } from '@/lib/core/seoul-time';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { paymentStatusLabel, won } from '@/lib/payments/labels';
import { listMyPayments } from '@/lib/payments/queries';

export const metadata: Metadata = { title: '결제 내역' };

const tone: Record<string, string> = {
  approved: 'bg-green-100 text-green-900',
  ready: 'bg-amber-100 text-amber-900',
  partially_cancelled: 'bg-sky-100 text-sky-900',
  cancelled: 'bg-stone-200 text-stone-800',
  failed: 'bg-red-100 text-red-900',
  expired: 'bg-stone-200 text-stone-800',
};

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const me = await requireSessionUser('/payments');
  const pageNumber = Math.min(10_000, Math.max(1, Number((await searchParams).page) || 1));
  const { items, page } = await listMyPayments(getDb(), me.id, { page: pageNumber, size: 20 });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">결제 내역</h1>
      {items.length === 0 ? (
        <Card>
          <p className="text-stone-600">아직 결제한 내역이 없습니다.</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="결제 목록">
          {items.map((p) => (
            <li key={p.id}>
              <Link href={p.status === 'ready' ? p.checkoutUrl : `/pay/${p.id}/result`} className="block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-700">
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <p className="font-semibold">{p.title}</p>
                    <p className="text-sm text-stone-600">
                      {fullDateTime(p.createdAt)} · <span className="font-mono">{p.orderId}</span>
                    </p>
                  </div>
                  <span className={`shrink-0 rounded-full px-2 py-1 text-xs font-semibold ${tone[p.status]}`}>{paymentStatusLabel[p.status]}</span>
                </div>
                <p className="mt-2 text-lg font-bold">
                  {won(p.amount)}
                  {p.cancelledAmount > 0 && <span className="ml-2 text-sm font-medium text-sky-800">환불 {won(p.cancelledAmount)}</span>}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {page.totalPages > 1 && (
        <nav aria-label="페이지" className="flex justify-center gap-1">
          {page.range.map((n) => (
            <Link key={n} href={`/payments?page=${n}`} aria-current={n === page.current ? 'page' : undefined} className={`min-w-11 rounded-lg px-3 py-2 text-center ${n === page.current ? 'bg-brand-700 text-white' : 'bg-white'}`}>
              {n}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}

import type { Metadata } from 'next';
import { SettlementsView } from '@/components/settlements/settlements-view';
import { requireSessionUser } from '@/lib/auth/server-session';

export const metadata: Metadata = { title: '정산 내역' };

export default async function SettlementsPage() {
  await requireSessionUser('/settlements');
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">정산 내역</h1>
        <p className="text-sm text-stone-600">유료 경기 참가비, 공간 예약, 함께주문으로 받은 돈과 환불·수수료·출금을 모두 보여 드려요.</p>
      </div>
      <SettlementsView />
    </div>
  );
}

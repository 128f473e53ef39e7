import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { AddToCalendar } from '@/components/calendar/add-to-calendar';
import { CancelReservationButton } from '@/components/spaces/cancel-reservation-button';
import { ReservationSummary } from '@/components/spaces/reservation-summary';
import { ReviewButton } from '@/components/spaces/review-button';
import { Alert } from '@/components/ui/alert';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { won } from '@/lib/payments/labels';
import { fullDateTime } from '@/lib/core/seoul-time';
import { listMyReservations } from '@/lib/reservations/queries';
import type { ReservationView } from '@/lib/reservations/schema';

export const metadata: Metadata = { title: '내 예약' };

function ReservationItem({ r }: { r: ReservationView }) {
  return (
    <li className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="reservation">
      <ReservationSummary reservation={r} />
      {r.status === 'requested' && (
        <p className="text-sm text-amber-800" data-testid="awaiting-approval">
          호스트 승인 대기 중입니다.{r.respondBy && ` ${fullDateTime(r.respondBy)}까지 답이 없으면 자동으로 취소되고 전액 환불됩니다.`}
        </p>
      )}
      {r.hostReason && <p className="text-sm text-stone-600">호스트 사유: {r.hostReason}</p>}
      {r.refundedAmount > 0 && <p className="text-sm text-stone-600">환불 {won(r.refundedAmount)}</p>}
      <div className="flex flex-wrap gap-2">
        {r.status === 'pending_payment' && r.payment && (
          <Link href={r.payment.checkoutUrl} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            결제하기
          </Link>
        )}
        {!r.isPast && (r.status === 'confirmed' || r.status === 'requested') && <AddToCalendar kind="reservation" id={r.id} />}
        {r.canReview && <ReviewButton reservationId={r.id} spaceTitle={r.space.title} />}
        {r.cancellation && <CancelReservationButton id={r.id} refundAmount={r.cancellation.refundAmount} policy={r.cancellation.policy} />}
      </div>
    </li>
  );
}

function Section({ title, items, empty }: { title: string; items: ReservationView[]; empty: string }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">{title}</h2>
      {items.length === 0 ? (
        <Alert tone="info">{empty}</Alert>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={title}>
          {items.map((r) => (
            <ReservationItem key={r.id} r={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function ReservationsPage() {
  const me = await requireSessionUser('/reservations');
  const { items } = await listMyReservations(getDb(), me.id, { page: 1, size: 100 }, new Date());
  const upcoming = items.filter((r) => !r.isPast && (r.status === 'confirmed' || r.status === 'requested' || r.status === 'pending_payment')).reverse();
  const others = items.filter((r) => !upcoming.includes(r));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-start justify-between gap-3">
        <h1 className="text-2xl font-bold">내 예약</h1>
        <Link href="/spaces" className="shrink-0 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          공간 찾기
        </Link>
      </div>
      <Section title="다가오는 예약" items={upcoming} empty="다가오는 예약이 없습니다." />
      <Section title="지난 예약과 취소된 예약" items={others} empty="아직 지난 예약이 없습니다." />
    </div>
  );
}

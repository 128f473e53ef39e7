import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { RequestAnswer } from '@/components/spaces/request-answer';
import { ReservationSummary } from '@/components/spaces/reservation-summary';
import { ReviewButton } from '@/components/spaces/review-button';
import { ReservationNoShowButton } from '@/components/trust/no-show-button';
import { Alert } from '@/components/ui/alert';
import { PageShell } from '@/components/ui/page-shell';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { fullDateTime, seoulDateAfter } from '@/lib/core/seoul-time';
import { HostCancelButton } from '@/components/spaces/host-cancel-button';
import { listHostReservations } from '@/lib/reservations/queries';

export const metadata: Metadata = { title: '내 공간 예약' };

/**
 * The host's bookings from today on (of one space with ?spaceId=), soonest first, with the booker's
 * details and a full-refund cancel; below them the bookings that ended in the last week, where the
 * host reviews the guest and, within 24 h, marks a no-show.
 */
export default async function HostReservationsPage({ searchParams }: { searchParams: Promise<{ spaceId?: string }> }) {
  const me = await requireSessionUser('/host/reservations');
  const spaceId = Number((await searchParams).spaceId);
  const bySpace = Number.isInteger(spaceId) && spaceId > 0 && spaceId <= 2_147_483_647 ? { spaceId } : {};
  const now = new Date();
  const [{ items: all }, { items: recent }] = await Promise.all([
    listHostReservations(getDb(), me.id, { from: seoulDateAfter(0, now), ...bySpace, page: 1, size: 100 }, now),
    listHostReservations(getDb(), me.id, { from: seoulDateAfter(-7, now), to: seoulDateAfter(0, now), ...bySpace, page: 1, size: 100 }, now),
  ]);
  const items = all.filter((r) => !r.isPast);
  const ended = recent.filter((r) => r.isPast && ['confirmed', 'completed'].includes(r.status)).reverse();
  return (
    <PageShell
      back={{ href: '/spaces', label: '공간 대여' }}
      title="내 공간 예약"
      action={
      <Link href="/host/spaces" className="shrink-0 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm font-semibold text-stone-800 hover:bg-stone-100">
        호스트 대시보드
      </Link>
      }
    >
      {items.length === 0 ? (
        <Alert tone="info">오늘 이후 예약이 없습니다.</Alert>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="내 공간 예약 목록">
          {items.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="host-reservation">
              <ReservationSummary reservation={r} />
              <p className="text-sm text-stone-700">
                {r.bookerName} ({r.bookerPhone}){r.purpose && ` · ${r.purpose}`}
              </p>
              {r.requestNote && <p className="rounded-lg bg-stone-50 p-2 text-sm text-stone-700">{r.requestNote}</p>}
              {r.status === 'requested' && (
                <>
                  <p className="text-sm font-semibold text-amber-800">{r.respondBy && `${fullDateTime(r.respondBy)}까지 답하지 않으면 자동으로 취소되고 전액 환불됩니다.`}</p>
                  <RequestAnswer id={r.id} />
                </>
              )}
              {r.hostReason && <p className="text-sm text-stone-600">사유: {r.hostReason}</p>}
              {r.cancellation && r.status === 'confirmed' && (
                <div>
                  <HostCancelButton id={r.id} refundAmount={r.cancellation.refundAmount} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {ended.length > 0 && (
        <section aria-labelledby="ended-heading" className="mt-6 flex flex-col gap-3">
          <h2 id="ended-heading" className="text-lg font-bold">
            지난 예약 (최근 7일)
          </h2>
          <p className="text-sm text-stone-600">게스트 후기와 노쇼 표시는 게스트의 매너 온도에 반영돼요. 노쇼는 이용이 끝나고 24시간 안에만 표시할 수 있어요.</p>
          <ul className="flex flex-col gap-3" aria-label="지난 예약 목록">
            {ended.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="host-ended-reservation">
                <ReservationSummary reservation={r} />
                <p className="text-sm text-stone-700">
                  게스트 <Link href={`/users/${r.guest.id}`} className="font-semibold underline">{r.guest.username}</Link>
                </p>
                <div className="flex flex-wrap gap-2">
                  {r.canReviewGuest ? <ReviewButton reservationId={r.id} spaceTitle={r.space.title} guest={r.guest.username} /> : <span className="text-sm text-stone-600">게스트 후기를 남겼어요</span>}
                  {r.canMarkNoShow && <ReservationNoShowButton reservationId={r.id} username={r.guest.username} />}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageShell>
  );
}

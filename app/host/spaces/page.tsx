import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { CalendarFeed } from '@/components/spaces/calendar-feed';
import { DailyBarChart } from '@/components/spaces/daily-bar-chart';
import { WeekCalendar } from '@/components/spaces/week-calendar';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageShell } from '@/components/ui/page-shell';
import { PeriodPicker } from '@/components/ui/period-picker';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { isCalendarDate, mondayOf, seoulDateAfter, seoulInstant } from '@/lib/core/seoul-time';
import { won } from '@/lib/payments/labels';
import { listHostReservations } from '@/lib/reservations/queries';
import { hostCalendarKeys } from '@/lib/spaces/calendar';
import { hostSpaceStats } from '@/lib/spaces/host-stats';
import { hostStatsQuery } from '@/lib/spaces/host-stats-schema';

export const metadata: Metadata = { title: '호스트 대시보드' };

const percent = (ratio: number | null) => (ratio === null ? '-' : `${Math.round(ratio * 1000) / 10}%`);
const monthDay = (date: string) => `${Number(date.slice(5, 7))}월 ${Number(date.slice(8, 10))}일`;
const linkClass = 'inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100';

const lastDayOfMonth = (date: string) => {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return `${date.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

type Search = { week?: string; from?: string; to?: string };

/** The host's dashboard: spaces, the week's bookings (Seoul) with prev/next week, and a period's numbers (30 days, this week, this month or chosen). */
export default async function HostSpacesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireSessionUser('/host/spaces');
  const now = new Date();
  const today = seoulDateAfter(0, now);
  const { week, from, to } = await searchParams;
  const monday = mondayOf(week && isCalendarDate(week) ? week : today);
  const sunday = seoulDateAfter(6, seoulInstant(monday, 12));
  const range = hostStatsQuery.safeParse({ from: from || undefined, to: to || undefined });
  const thisMonday = mondayOf(today);
  const presets = [
    { label: '최근 30일', from: undefined, to: undefined },
    { label: '이번 주', from: thisMonday, to: seoulDateAfter(6, seoulInstant(thisMonday, 12)) },
    { label: '이번 달', from: `${today.slice(0, 7)}-01`, to: lastDayOfMonth(today) },
  ];
  const rangeHref = (f?: string, t?: string) => `/host/spaces?${new URLSearchParams({ ...(week && { week }), ...(f && { from: f }), ...(t && { to: t }) })}`.replace(/\?$/, '');
  const [stats, calendar, feedKeys] = await Promise.all([
    hostSpaceStats(getDb(), me.id, range.success ? range.data : {}, now),
    listHostReservations(getDb(), me.id, { from: monday, to: sunday, page: 1, size: 100 }, now),
    hostCalendarKeys(getDb(), me.id),
  ]);
  const booked = calendar.items.filter((r) => r.status === 'pending_payment' || r.status === 'requested' || r.status === 'confirmed' || r.status === 'completed');
  const weekHref = (days: number) =>
    `/host/spaces?${new URLSearchParams({ week: seoulDateAfter(days, seoulInstant(monday, 12)), ...(from && { from }), ...(to && { to }) })}`;
  const periodTitle = !range.success || (!from && !to) ? '최근 30일' : `${monthDay(stats.from)} ~ ${monthDay(stats.to)}`;

  return (
    <PageShell
      back={{ href: '/spaces', label: '공간 대여' }}
      title="호스트 대시보드"
      action={
      <Link href="/host/reservations" className={linkClass}>
        예약 목록
      </Link>
      }
    >
      {stats.spaces.length === 0 ? (
        <Alert tone="info">
          아직 등록한 공간이 없습니다.{' '}
          <Link href="/spaces/new" className="font-semibold underline">
            공간 등록하기
          </Link>
        </Alert>
      ) : (
        <>
          <PeriodPicker
            action="/host/spaces"
            presets={presets.map((p) => ({ label: p.label, href: rangeHref(p.from, p.to), active: (p.from ?? '') === (from ?? '') && (p.to ?? '') === (to ?? '') }))}
            from={stats.from}
            to={stats.to}
            keep={{ week }}
          />
          {!range.success && <Alert>{range.error.issues.map((i) => i.message).join(' ')} 최근 30일을 보여 드려요.</Alert>}
          <Card title={periodTitle}>
            <dl className="grid grid-cols-3 gap-2 text-center" aria-label={`${periodTitle} 요약`}>
              <div>
                <dt className="text-xs text-stone-600">매출 (이용일)</dt>
                <dd className="text-lg font-extrabold text-brand-700" data-testid="revenue-total">
                  {won(stats.totals.revenue)}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">예약 (이용일)</dt>
                <dd className="text-lg font-bold" data-testid="reservations-by-use">
                  {stats.totals.reservations}건
                </dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">새 예약 (예약일)</dt>
                <dd className="text-lg font-bold" data-testid="reservations-by-booking">
                  {stats.totals.bookedOn}건
                </dd>
              </div>
              <div>
                <dt className="text-xs text-stone-600">가동률</dt>
                <dd className="text-lg font-bold">{percent(stats.totals.occupancy)}</dd>
              </div>
              <div className="col-span-2">
                <dt className="text-xs text-stone-600">다가오는 예약 매출</dt>
                <dd className="text-lg font-bold" data-testid="upcoming-revenue">
                  {won(stats.upcomingRevenue)}
                </dd>
              </div>
            </dl>
            <p className="mt-2 text-xs text-stone-600">
              매출과 예약(이용일)은 이용하는 날 기준, 새 예약은 예약한 날 기준이에요. 다가오는 예약 매출은 기간과 상관없이 아직 이용 전인 결제 완료 예약이에요.{' '}
              <Link href="/host/earnings" className="font-semibold text-brand-800 underline">
                수입·출금 보기
              </Link>
            </p>
            <div className="mt-4 flex flex-col gap-6">
              <DailyBarChart
                title="일별 매출"
                summary={`합계 ${won(stats.totals.revenue)}`}
                valueHeader="매출"
                bars={stats.days.map((d) => ({ date: d.date, value: d.revenue, label: won(d.revenue) }))}
              />
              <DailyBarChart
                title="일별 가동률"
                summary={`평균 ${percent(stats.totals.occupancy)} (${stats.totals.bookedHours}시간 / ${stats.totals.openHours}시간)`}
                valueHeader="가동률"
                max={1}
                bars={stats.days.map((d) => ({ date: d.date, value: d.occupancy ?? 0, label: `${percent(d.occupancy)} (${d.bookedHours}시간)` }))}
              />
            </div>
          </Card>
          <Card title="주간 예약">
            <nav aria-label="주 이동" className="mb-3 flex items-center justify-between gap-2">
              <Link href={weekHref(-7)} className={`${linkClass} whitespace-nowrap`}>
                ← 지난주
              </Link>
              <span className="text-sm font-semibold whitespace-nowrap">
                {monthDay(monday)} ~ {monthDay(sunday)}
              </span>
              <Link href={weekHref(7)} className={`${linkClass} whitespace-nowrap`}>
                다음 주 →
              </Link>
            </nav>
            {booked.length === 0 && <p className="mb-2 text-sm text-stone-600">이 주에는 예약이 없습니다.</p>}
            <WeekCalendar monday={monday} reservations={booked} today={today} />
          </Card>
          <Card title="내 공간">
            <ul className="flex flex-col divide-y divide-stone-100" aria-label="내 공간 목록">
              {stats.spaces.map((s) => (
                <li key={s.id} className="flex flex-col gap-1 py-3" data-testid="host-space">
                  <div className="flex items-start justify-between gap-2">
                    <Link href={`/spaces/${s.id}`} className="font-bold hover:underline">
                      {s.title}
                    </Link>
                    <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${s.status === 'paused' ? 'bg-amber-100 text-amber-900' : 'bg-brand-50 text-brand-800'}`}>
                      {s.status === 'paused' ? '일시 중지' : '예약 받는 중'}
                    </span>
                  </div>
                  <p className="text-sm text-stone-700">
                    기간 매출 {won(s.revenue)} · 예약 {s.reservations}건 · 가동률 {percent(s.occupancy)}
                    {s.rating !== null && ` · ★ ${s.rating} (${s.reviewCount})`}
                  </p>
                  <div className="flex gap-2">
                    <Link href={`/spaces/${s.id}/edit`} className={linkClass}>
                      편집
                    </Link>
                    <Link href={`/host/reservations?spaceId=${s.id}`} className={linkClass}>
                      예약 보기
                    </Link>
                  </div>
                  {feedKeys.has(s.id) && <CalendarFeed spaceId={s.id} initialKey={feedKeys.get(s.id)!} />}
                </li>
              ))}
            </ul>
          </Card>
        </>
      )}
    </PageShell>
  );
}

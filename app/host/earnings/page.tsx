import type { Metadata } from 'next';
import { PayoutForm } from '@/components/settlements/settlements-view';
import { DailyBarChart } from '@/components/spaces/daily-bar-chart';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import Link from '@/components/ui/link';
import { PageShell } from '@/components/ui/page-shell';
import { PeriodPicker } from '@/components/ui/period-picker';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { seoulDateAfter } from '@/lib/core/seoul-time';
import { hostEarnings } from '@/lib/settlements/earnings';
import { earningsQuery } from '@/lib/settlements/earnings-schema';
import { signedWon, won } from '@/lib/settlements/labels';

export const metadata: Metadata = { title: '호스트 수입' };

const chip = 'inline-flex min-h-11 items-center rounded-full border px-3 text-sm font-semibold';
const dayLabel = (date: string) => `${Number(date.slice(0, 4))}년 ${Number(date.slice(5, 7))}월 ${Number(date.slice(8, 10))}일`;
const monthLabel = (month: string) => `${Number(month.slice(0, 4))}년 ${Number(month.slice(5, 7))}월`;

type Search = { from?: string; to?: string };

/** The host's money from the ledger: now (balance, waiting payout, paid but not yet used), the period's flows by month, CSV, payout. */
export default async function HostEarningsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireSessionUser('/host/earnings');
  const raw = await searchParams;
  const parsed = earningsQuery.safeParse({ from: raw.from || undefined, to: raw.to || undefined });
  const now = new Date();
  const view = await hostEarnings(getDb(), me.id, parsed.success ? parsed.data : {}, now);
  const { totals } = view;
  const today = seoulDateAfter(0, now);
  const presets = [
    { label: '최근 12개월', href: '/host/earnings', active: !raw.from && !raw.to },
    { label: '올해', href: `/host/earnings?from=${today.slice(0, 4)}-01-01`, active: raw.from === `${today.slice(0, 4)}-01-01` && !raw.to },
    { label: '이번 달', href: `/host/earnings?from=${today.slice(0, 7)}-01`, active: raw.from === `${today.slice(0, 7)}-01` && !raw.to },
  ];
  const csvHref = `/api/host/earnings.csv?from=${view.from}&to=${view.to}`;
  const months = [...view.months].reverse().filter((m) => m.earned || m.refunded || m.fees || m.covered || m.paidOut);

  return (
    <PageShell
      back={{ href: '/me', label: '내 정보' }}
      title="호스트 수입"
      action={
        <Link href="/settlements" className={`${chip} border-stone-300 bg-white text-stone-800 hover:bg-stone-100`}>
          정산 내역
        </Link>
      }
    >
      <section aria-labelledby="now-title" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
        <h2 id="now-title" className="text-sm font-medium text-stone-600">
          정산 잔액
        </h2>
        <p className="mt-1 text-3xl font-extrabold tracking-tight" data-testid="earnings-balance">
          {won(totals.balance)}
        </p>
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
          <div>
            <dt className="text-stone-600">이용 전 결제</dt>
            <dd className="text-lg font-bold" data-testid="earnings-upcoming">
              {won(totals.upcoming)}
            </dd>
          </div>
          <div>
            <dt className="text-stone-600">출금 대기</dt>
            <dd className="text-lg font-bold">{won(totals.pendingPayout)}</dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-stone-600">이용 전 결제는 아직 열리지 않은 경기·예약의 결제액(환불 뺀 금액)이에요. 잔액에 들어 있지만 취소되면 환불 규정에 따라 빠질 수 있어요.</p>
      </section>

      <PeriodPicker action="/host/earnings" presets={presets} from={view.from} to={view.to} />
      {!parsed.success && <Alert>{parsed.error.issues.map((i) => i.message).join(' ')} 최근 12개월을 보여 드려요.</Alert>}

      <Card title={`${dayLabel(view.from)} ~ ${dayLabel(view.to)}`}>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3" aria-label="기간 합계" data-testid="earnings-totals">
          <Figure label="수입" value={won(totals.earned)} testId="earnings-earned" />
          <Figure label="환불" value={signedWon(-totals.refunded)} testId="earnings-refunded" />
          <Figure label="수수료" value={signedWon(-totals.fees)} testId="earnings-fees" />
          {totals.covered > 0 && <Figure label="주문자 부담" value={signedWon(-totals.covered)} />}
          <Figure label="순수익" value={won(totals.net)} strong testId="earnings-net" />
          <Figure label="출금" value={won(totals.paidOut)} />
        </dl>
        <div className="mt-4">
          <DailyBarChart
            title="월별 순수익"
            summary={`합계 ${won(totals.net)}`}
            valueHeader="순수익"
            period="month"
            bars={view.months.map((m) => ({ date: m.month, value: m.net, label: won(m.net) }))}
          />
        </div>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold">월별 내역</h3>
          {/* A plain link: the browser downloads the file with the session cookie. */}
          <a href={csvHref} download className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm font-semibold text-stone-800 hover:bg-stone-100">
            CSV 내려받기
          </a>
        </div>
        {months.length === 0 ? (
          <p className="mt-2 rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">
            이 기간에는 수입이 없어요. 유료 경기나 공간 예약이 결제되면 여기에 쌓여요.
          </p>
        ) : (
          <ul className="mt-2 flex flex-col divide-y divide-stone-100" aria-label="월별 내역">
            {months.map((m) => (
              <li key={m.month} className="flex flex-col gap-1 py-3 text-sm" data-testid="earnings-month">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="font-semibold">{monthLabel(m.month)}</span>
                  <span className="font-bold tabular-nums">{won(m.net)}</span>
                </div>
                <p className="text-stone-600 tabular-nums">
                  수입 {won(m.earned)} · 환불 {won(m.refunded)} · 수수료 {won(m.fees)}
                  {m.covered > 0 && ` · 주문자 부담 ${won(m.covered)}`}
                  {m.paidOut > 0 && ` · 출금 ${won(m.paidOut)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <PayoutForm available={Math.max(0, totals.balance - totals.pendingPayout)} pending={totals.pendingPayout > 0} refresh />
    </PageShell>
  );
}

function Figure({ label, value, strong = false, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div>
      <dt className="text-stone-600">{label}</dt>
      <dd className={`tabular-nums ${strong ? 'text-lg font-extrabold text-brand-700' : 'font-bold'}`} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

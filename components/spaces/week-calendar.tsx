import { seoulDateAfter, seoulInstant } from '@/lib/core/seoul-time';
import type { ReservationView } from '@/lib/reservations/schema';
import { reservationStatusLabel } from '@/lib/spaces/labels';

const weekdays = ['월', '화', '수', '목', '금', '토', '일'];
const ROW_REM = 2.25;

type Block = { reservation: ReservationView; day: number; from: number; to: number };

/** Each booking cut into the parts that fall on the week's Seoul days, in hours 0..24 of that day. */
function blocks(days: string[], reservations: ReservationView[]): Block[] {
  return reservations.flatMap((reservation) =>
    days.flatMap((date, day) => {
      const dayStart = seoulInstant(date, 0).getTime();
      const from = Math.max(Date.parse(reservation.startsAt), dayStart);
      const to = Math.min(Date.parse(reservation.endsAt), dayStart + 86_400_000);
      return from < to ? [{ reservation, day, from: (from - dayStart) / 3_600_000, to: (to - dayStart) / 3_600_000 }] : [];
    }),
  );
}

const hhmm = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${String(Math.round((h % 1) * 60)).padStart(2, '0')}`;
/** "14~16시" for whole hours (every booking), the minutes only when a part starts or ends off the hour. */
const range = (from: number, to: number) => (from % 1 || to % 1 ? `${hhmm(from)}~${hhmm(to)}` : `${from}~${to}시`);

/**
 * The week's bookings of the host's spaces as 7 day columns × hours (Asia/Seoul). The hours run
 * from 09 to 22, widened to fit any booking. Each block reads as one sentence for screen readers.
 */
export function WeekCalendar({ monday, reservations, today }: { monday: string; reservations: ReservationView[]; today: string }) {
  const days = Array.from({ length: 7 }, (_, i) => seoulDateAfter(i, seoulInstant(monday, 12)));
  const all = blocks(days, reservations);
  const first = Math.min(9, ...all.map((b) => Math.floor(b.from)));
  const last = Math.max(22, ...all.map((b) => Math.ceil(b.to)));
  const hours = Array.from({ length: last - first }, (_, i) => first + i);
  return (
    <div className="overflow-x-auto">
      <div
        role="group"
        aria-label={`${days[0]} ~ ${days[6]} 예약 달력`}
        className="relative grid min-w-[36rem] text-xs"
        style={{ gridTemplateColumns: '2.75rem repeat(7, minmax(0, 1fr))', gridTemplateRows: `2.5rem repeat(${hours.length}, ${ROW_REM}rem)` }}
      >
        {days.map((date, i) => {
          const [, m, d] = date.split('-').map(Number);
          return (
            <div key={date} className={`border-b border-stone-200 p-1 text-center font-semibold ${date === today ? 'text-brand-800' : 'text-stone-700'}`} style={{ gridColumn: i + 2, gridRow: 1 }}>
              {weekdays[i]}
              <br />
              {m}/{d}
            </div>
          );
        })}
        {hours.map((h, row) => (
          <div key={h} aria-hidden className="border-t border-stone-100 pr-1 text-right text-stone-500" style={{ gridColumn: 1, gridRow: row + 2 }}>
            {h}시
          </div>
        ))}
        {days.map((date, i) =>
          hours.map((h, row) => <div key={`${date}-${h}`} aria-hidden className="border-t border-l border-stone-100" style={{ gridColumn: i + 2, gridRow: row + 2 }} />),
        )}
        {all.map(({ reservation: r, day, from, to }) => {
          const [, m, d] = days[day]!.split('-').map(Number);
          const pending = r.status === 'pending_payment' || r.status === 'requested';
          return (
            <div
              key={`${r.id}-${day}`}
              data-testid="calendar-booking"
              className={`relative z-10 m-0.5 overflow-hidden rounded-md px-1 py-0.5 leading-tight ${pending ? 'border border-dashed border-brand-700 bg-white text-brand-800' : 'bg-brand-700 text-white'}`}
              style={{ gridColumn: day + 2, gridRow: `${Math.floor(from) - first + 2} / ${Math.ceil(to) - first + 2}` }}
            >
              <span className="sr-only">
                {m}월 {d}일 {weekdays[day]}요일{' '}
              </span>
              <span className="block font-semibold">
                {range(from, to)}
              </span>
              <span className="block truncate">{r.space.title}</span>
              <span className="block truncate">
                {r.bookerName}
                {pending && ` · ${reservationStatusLabel[r.status]}`}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}


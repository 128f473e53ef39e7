import Link from '@/components/ui/link';
import { clockTime, dayLabel } from '@/lib/core/seoul-time';
import { won } from '@/lib/payments/labels';
import type { ReservationView } from '@/lib/reservations/schema';
import { reservationStatusLabel } from '@/lib/spaces/labels';

/** The head of every reservation card: the space, its status, and when, for how many, for how much. */
export function ReservationSummary({ reservation: r, badgeClassName = 'bg-stone-100' }: { reservation: ReservationView; badgeClassName?: string }) {
  return (
    <>
      <div className="flex items-start justify-between gap-2">
        <Link href={`/spaces/${r.space.id}`} className="text-base font-bold text-stone-900 hover:underline">
          {r.space.title}
        </Link>
        <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold text-stone-800 ${badgeClassName}`}>{reservationStatusLabel[r.status]}</span>
      </div>
      <p className="text-sm text-stone-700">
        {dayLabel(r.startsAt)} {clockTime(r.startsAt)}~{clockTime(r.endsAt)} · {r.people}명 · {won(r.amount)}
      </p>
    </>
  );
}

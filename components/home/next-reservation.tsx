import Link from 'next/link';
import { clockTime, dayLabel } from '@/components/ui/seoul-time';
import { won } from '@/lib/payments/labels';
import type { ReservationView } from '@/lib/reservations/schema';
import { reservationStatusLabel } from '@/lib/spaces/labels';

/** My next booking: where and when, and the way to pay when it is still held. */
export function NextReservation({ reservation: r }: { reservation: ReservationView }) {
  return (
    <div className="flex flex-col gap-2 rounded-2xl border border-brand-200 bg-brand-50 p-4" data-testid="next-reservation">
      <div className="flex items-start justify-between gap-2">
        <Link href={`/spaces/${r.space.id}`} className="text-base font-bold text-stone-900 hover:underline">
          {r.space.title}
        </Link>
        <span className="shrink-0 rounded-full bg-white px-2 py-0.5 text-xs font-semibold text-stone-800">{reservationStatusLabel[r.status]}</span>
      </div>
      <p className="text-sm text-stone-700">
        {dayLabel(r.startsAt)} {clockTime(r.startsAt)}~{clockTime(r.endsAt)} · {r.people}명 · {won(r.amount)}
      </p>
      <p className="text-sm text-stone-600">{r.space.address}</p>
      {r.status === 'pending_payment' && r.payment && (
        <Link
          href={r.payment.checkoutUrl}
          className="inline-flex min-h-11 w-fit items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          결제하기
        </Link>
      )}
    </div>
  );
}

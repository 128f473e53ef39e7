import Link from '@/components/ui/link';
import { ReservationSummary } from '@/components/spaces/reservation-summary';
import type { ReservationView } from '@/lib/reservations/schema';

/** My next booking: where and when, and the way to pay when it is still held. */
export function NextReservation({ reservation: r }: { reservation: ReservationView }) {
  return (
    <div className="flex flex-col gap-2 rounded-2xl border border-brand-200 bg-brand-50 p-4" data-testid="next-reservation">
      <ReservationSummary reservation={r} badgeClassName="bg-white" />
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

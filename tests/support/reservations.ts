import { getDb } from '../../db/client';
import type { User } from '../../db/schema';
import { approvePayment } from '../../lib/payments/mutations';
import { sandboxPaymentKey } from '../../lib/payments/providers/sandbox';
import { createReservation } from '../../lib/reservations/mutations';
import { createReservationBody } from '../../lib/reservations/schema';

/** Books [startsAt, endsAt) as `guest`, paid (confirmed), as if it were `now`. */
export async function createPaidReservation(guest: User, spaceId: number, startsAt: Date, endsAt: Date, now: Date, people = 2) {
  const clock = () => now;
  const body = createReservationBody.parse({ spaceId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), people, bookerName: '김이웃', bookerPhone: '010-1234-5678' });
  const { reservation, payment } = await createReservation(getDb(), guest, body, clock);
  await approvePayment(getDb(), guest, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, clock);
  return { ...reservation, status: 'confirmed' as const, paymentId: payment.id };
}

import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { listNotifications } from '@/lib/notifications/queries';
import { approvePayment, cancelPayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { notifiedUsers } from '@/tests/support/events';
import { createUser } from '@/tests/support/factories';
import { createPaidReservation } from '@/tests/support/reservations';
import { createTestSpace } from '@/tests/support/spaces';
import { cancelReservation, createReservation } from './mutations';
import { sendReservationReminders } from './notices';
import { createReservationBody } from './schema';

const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = '2026-06-10';
const notices = async (user: User) => (await listNotifications(getDb(), user.id, { page: 1, size: 20 })).items.map((n) => `${n.type}:${n.body}`);

async function setup() {
  const { host, space } = await createTestSpace(undefined, { title: '용담 스터디룸' });
  const guest = await createUser();
  return { host, space, guest };
}

describe('reservation notifications', () => {
  it('paying tells the host of the booking and the guest it is confirmed, pushed live after commit', async () => {
    const { host, space, guest } = await setup();
    await createPaidReservation(guest, space.id, seoulInstant(DAY, 14), seoulInstant(DAY, 16), NOW);
    expect(await notices(host)).toEqual(['reservation_booked:용담 스터디룸 · 6월 10일 14:00~16:00 · 김이웃 2명']);
    expect(await notices(guest)).toEqual(['reservation_confirmed:용담 스터디룸 · 6월 10일 14:00~16:00']);
    expect((await notifiedUsers()).map(([userId, type]) => [userId, type]).sort()).toEqual(
      [[host.id, 'reservation_booked'], [guest.id, 'reservation_confirmed']].sort(),
    );
  });

  it('an approval that rolls back (the booking was cancelled meanwhile) leaves no notification', async () => {
    const { host, space, guest } = await setup();
    const body = createReservationBody.parse({ spaceId: space.id, startsAt: seoulInstant(DAY, 14).toISOString(), endsAt: seoulInstant(DAY, 16).toISOString(), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' });
    const { reservation, payment } = await createReservation(getDb(), guest, body, () => NOW);
    await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, () => NOW);
    await expect(approvePayment(getDb(), guest, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, () => NOW)).rejects.toBeTruthy();
    expect([...(await notices(host)), ...(await notices(guest))]).toEqual([]);
  });

  it('a guest’s cancellation tells the host; a host’s tells the guest; a refund through the payments API counts as the guest’s', async () => {
    const { host, space, guest } = await setup();
    const a = await createPaidReservation(guest, space.id, seoulInstant(DAY, 10), seoulInstant(DAY, 12), NOW);
    const b = await createPaidReservation(guest, space.id, seoulInstant(DAY, 14), seoulInstant(DAY, 16), NOW);
    const c = await createPaidReservation(guest, space.id, seoulInstant(DAY, 18), seoulInstant(DAY, 20), NOW);
    const before = (await notifiedUsers()).length;
    await cancelReservation(getDb(), guest, a.id, { reason: '' }, () => NOW);
    await cancelReservation(getDb(), host, b.id, { reason: '설비 고장' }, () => NOW);
    await cancelPayment(getDb(), guest.id, c.paymentId, { reason: '일정 변경' }, () => NOW);
    const hostHeard = (await notices(host)).filter((n) => n.startsWith('reservation_cancelled'));
    const guestHeard = (await notices(guest)).filter((n) => n.startsWith('reservation_cancelled'));
    expect(hostHeard).toEqual(['reservation_cancelled:용담 스터디룸 · 6월 10일 18:00~20:00 · 김이웃', 'reservation_cancelled:용담 스터디룸 · 6월 10일 10:00~12:00 · 김이웃']);
    expect(guestHeard).toEqual(['reservation_cancelled:용담 스터디룸 · 6월 10일 14:00~16:00 · 설비 고장 · 결제 금액은 전액 환불됩니다.']);
    expect((await notifiedUsers()).slice(before).map(([userId]) => userId).sort()).toEqual([host.id, host.id, guest.id].sort());
  });

  it('reminds the guest once, a day before, of bookings made more than a day ahead', async () => {
    const { space, guest } = await setup();
    const late = await createUser();
    await createPaidReservation(guest, space.id, seoulInstant(DAY, 14), seoulInstant(DAY, 16), NOW);
    const dayBefore = seoulInstant('2026-06-09', 14);
    // Booked three hours before the start: the confirmation was the reminder.
    await createPaidReservation(late, space.id, seoulInstant(DAY, 10), seoulInstant(DAY, 12), seoulInstant(DAY, 7));
    expect(await sendReservationReminders(getDb(), new Date(dayBefore.getTime() - 60_000))).toBe(0);
    expect(await sendReservationReminders(getDb(), dayBefore)).toBe(1);
    const twice = await Promise.all([sendReservationReminders(getDb(), dayBefore), sendReservationReminders(getDb(), seoulInstant(DAY, 9))]);
    expect(twice).toEqual([0, 0]);
    expect((await notices(guest)).filter((n) => n.startsWith('reservation_reminder'))).toEqual(['reservation_reminder:용담 스터디룸 · 6월 10일 14:00~16:00']);
    expect((await notices(late)).filter((n) => n.startsWith('reservation_reminder'))).toEqual([]);
  });
});

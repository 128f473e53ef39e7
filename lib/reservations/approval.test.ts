import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { notifications, payments, reservations, spaceHolds, type User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { approvePayment } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { createUser } from '@/tests/support/factories';
import { createTestSpace } from '@/tests/support/spaces';
import { acceptReservation, declineReservation, expireUnansweredRequests } from './approval';
import { cancelReservation, createReservation } from './mutations';
import { getReservation } from './queries';
import { createReservationBody } from './schema';

const NOW = new Date('2026-06-01T00:00:00Z'); // 09:00 in Seoul
const clock = () => NOW;
const later = (hours: number) => () => new Date(NOW.getTime() + hours * 3_600_000);
const DAY = '2026-06-10';
const at = (hour: number) => seoulInstant(DAY, hour).toISOString();

async function request(guest: User, spaceId: number, from = 14, to = 16) {
  const body = createReservationBody.parse({ spaceId, startsAt: at(from), endsAt: at(to), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' });
  const { reservation, payment } = await createReservation(getDb(), guest, body, clock);
  await approvePayment(getDb(), guest, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, clock);
  return { reservation, payment };
}

const statusOf = async (id: number) => (await getDb().select().from(reservations).where(eq(reservations.id, id)))[0]!;
const paymentOf = async (id: number) => (await getDb().select().from(payments).where(eq(payments.id, id)))[0]!;
const noticesOf = async (user: User) => (await getDb().select().from(notifications).where(eq(notifications.userId, user.id))).map((n) => n.type).sort();

describe('approval mode', () => {
  it('a paid booking is requested (holding the slot) until the host accepts', async () => {
    const { host, space } = await createTestSpace(undefined, { bookingMode: 'approval', approvalHours: 12 });
    const [guest, other] = [await createUser(), await createUser()];
    const { reservation } = await request(guest, space.id);
    const held = await statusOf(reservation.id);
    expect(held).toMatchObject({ status: 'requested', respondBy: new Date(NOW.getTime() + 12 * 3_600_000) });
    expect(await noticesOf(host)).toEqual(['reservation_requested']);
    // The request holds its time against another guest's booking.
    await expect(request(other, space.id, 15, 17)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'overlap' } });
    const view = await getReservation(getDb(), guest.id, reservation.id, NOW);
    expect(view).toMatchObject({ status: 'requested', cancellation: { refundAmount: 20_000 } });

    await expect(acceptReservation(getDb(), guest, reservation.id, clock)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(acceptReservation(getDb(), other, reservation.id, clock)).rejects.toMatchObject({ code: 'not_found' });
    await acceptReservation(getDb(), host, reservation.id, later(1));
    expect((await statusOf(reservation.id)).status).toBe('confirmed');
    expect(await noticesOf(guest)).toEqual(['reservation_confirmed', 'reservation_requested']);
    await expect(acceptReservation(getDb(), host, reservation.id, later(1))).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'confirmed' } });
  });

  it('declining refunds in full, frees the slot and tells the guest why', async () => {
    const { host, space } = await createTestSpace(undefined, { bookingMode: 'approval' });
    const guest = await createUser();
    const { reservation, payment } = await request(guest, space.id);
    await declineReservation(getDb(), host, reservation.id, { reason: '그날은 내부 행사가 있어요' }, later(2));
    expect(await statusOf(reservation.id)).toMatchObject({ status: 'declined', hostReason: '그날은 내부 행사가 있어요', refundedAmount: 20_000 });
    expect(await paymentOf(payment.id)).toMatchObject({ status: 'cancelled', cancelledAmount: 20_000 });
    expect(await getDb().select().from(spaceHolds).where(eq(spaceHolds.reservationId, reservation.id))).toEqual([]);
    const [notice] = await getDb().select().from(notifications).where(eq(notifications.type, 'reservation_declined'));
    expect(notice).toMatchObject({ userId: guest.id });
    expect(notice!.body).toContain('그날은 내부 행사가 있어요');
    await expect(declineReservation(getDb(), host, reservation.id, { reason: 'x' }, later(2))).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'declined' } });
  });

  it('an unanswered request expires with a full refund and notices to both; accepting late is 409', async () => {
    const { host, space } = await createTestSpace(undefined, { bookingMode: 'approval', approvalHours: 24 });
    const guest = await createUser();
    const { reservation, payment } = await request(guest, space.id);
    expect(await expireUnansweredRequests(getDb(), later(23)())).toBe(0);
    await expect(acceptReservation(getDb(), host, reservation.id, later(25))).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'expired' } });
    expect(await expireUnansweredRequests(getDb(), later(25)())).toBe(1);
    expect(await expireUnansweredRequests(getDb(), later(26)())).toBe(0);
    expect(await statusOf(reservation.id)).toMatchObject({ status: 'expired', refundedAmount: 20_000 });
    expect((await paymentOf(payment.id)).status).toBe('cancelled');
    expect(await noticesOf(host)).toEqual(['reservation_declined', 'reservation_requested']);
    expect((await noticesOf(guest)).filter((t) => t === 'reservation_declined')).toHaveLength(1);
  });

  it('the guest withdraws a request for a full refund and the host hears; the host must give a reason to cancel', async () => {
    const { host, space } = await createTestSpace(undefined, { bookingMode: 'approval', cancellationPolicy: 'strict' });
    const guest = await createUser();
    const { reservation } = await request(guest, space.id);
    expect(await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, later(1))).toEqual({ refundAmount: 20_000 });
    expect(await noticesOf(host)).toEqual(['reservation_cancelled', 'reservation_requested']);

    const instant = await createTestSpace(host, { title: '바로 예약 공간' });
    const { reservation: booked } = await request(guest, instant.space.id);
    expect((await statusOf(booked.id)).status).toBe('confirmed');
    await expect(cancelReservation(getDb(), host, booked.id, { reason: '' }, clock)).rejects.toMatchObject({ code: 'invalid', extra: { fields: { reason: expect.any(Array) } } });
    expect(await cancelReservation(getDb(), host, booked.id, { reason: '누수 공사' }, clock)).toEqual({ refundAmount: 20_000 });
    expect(await statusOf(booked.id)).toMatchObject({ status: 'cancelled', hostReason: '누수 공사' });
  });
});

// PGlite runs one transaction at a time and would hide these races (PITFALLS.md): PostgreSQL only.
describe.runIf(process.env.DATABASE_URL)('approval races (PostgreSQL)', () => {
  it('guests racing to request one slot of an approval-mode space: exactly one request holds it', async () => {
    const { space } = await createTestSpace(undefined, { bookingMode: 'approval' });
    const guests = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const results = await Promise.allSettled(guests.map((g, i) => request(g, space.id, 14 + (i % 2), 16)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const holds = await getDb().select().from(spaceHolds).where(eq(spaceHolds.spaceId, space.id));
    expect(holds).toHaveLength(1);
  });

  it('the expiry job on several connections at once, racing the host: each request ends once, refunded once', async () => {
    const { host, space } = await createTestSpace(undefined, { bookingMode: 'approval', approvalHours: 1 });
    const guests = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const requests = [];
    for (const [i, g] of guests.entries()) requests.push(await request(g, space.id, 10 + 2 * i, 11 + 2 * i));
    const due = later(2)();
    const results = await Promise.allSettled([
      expireUnansweredRequests(getDb(), due),
      expireUnansweredRequests(getDb(), due),
      expireUnansweredRequests(getDb(), due),
      declineReservation(getDb(), host, requests[0]!.reservation.id, { reason: '늦었어요' }, () => due),
    ]);
    const expiredCount = results.slice(0, 3).reduce((n, r) => n + (r.status === 'fulfilled' ? (r.value as number) : 0), 0);
    expect(expiredCount).toBe(4);
    // Past the deadline the host can no longer decline: the job ended it.
    expect(results[3]).toMatchObject({ status: 'rejected', reason: { code: 'conflict' } });
    for (const { reservation, payment } of requests) {
      expect(await statusOf(reservation.id)).toMatchObject({ status: 'expired', refundedAmount: reservation.amount });
      expect(await paymentOf(payment.id)).toMatchObject({ status: 'cancelled', cancelledAmount: reservation.amount });
    }
  });
});

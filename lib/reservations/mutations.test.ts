import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { payments, reservations, spacePackages, type User } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { approvePayment, cancelPayment, expireStalePayments } from '@/lib/payments/mutations';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { deleteSpace, updateSpace } from '@/lib/spaces/mutations';
import { spaceAvailability } from '@/lib/spaces/queries';
import { createUser } from '@/tests/support/factories';
import { createTestSpace } from '@/tests/support/spaces';
import { cancelReservation, completeEndedReservations, createReservation } from './mutations';
import { getReservation, nextReservation } from './queries';
import { createReservationBody } from './schema';

const NOW = new Date('2026-06-01T00:00:00Z'); // 09:00 in Seoul
const clock = () => NOW;
const DAY = '2026-06-10';
const at = (hour: number, date = DAY) => seoulInstant(date, hour).toISOString();
const booker = { bookerName: '김이웃', bookerPhone: '010-1234-5678' };

const book = (guest: User, body: Record<string, unknown>, now = clock) =>
  createReservation(getDb(), guest, createReservationBody.parse({ people: 2, ...booker, ...body }), now);

const statusOf = async (id: number) => (await getDb().select().from(reservations).where(eq(reservations.id, id)))[0]!.status;

async function pay(guest: User, payment: { id: number; orderId: string; amount: number }, now = clock) {
  return approvePayment(getDb(), guest, payment.id, { paymentKey: sandboxPaymentKey(payment.orderId, payment.amount) }, now);
}

describe('booking by the hour', () => {
  it('holds the slot as pending_payment with a payment for hours × price', async () => {
    const { space } = await createTestSpace();
    const guest = await createUser();
    const { reservation, payment } = await book(guest, { spaceId: space.id, startsAt: at(14), endsAt: at(16) });
    expect(reservation).toMatchObject({ status: 'pending_payment', amount: 20_000, paymentId: payment.id });
    expect(payment).toMatchObject({ purpose: 'reservation', subjectId: reservation.id, amount: 20_000, status: 'ready' });
  });

  it('refuses overlaps (409) but allows back-to-back [14,16) + [16,18)', async () => {
    const { space } = await createTestSpace();
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    await book(a, { spaceId: space.id, startsAt: at(14), endsAt: at(16) });
    await expect(book(b, { spaceId: space.id, startsAt: at(15), endsAt: at(17) })).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'overlap' } });
    await expect(book(b, { spaceId: space.id, startsAt: at(13), endsAt: at(15) })).rejects.toMatchObject({ code: 'conflict' });
    await expect(book(b, { spaceId: space.id, startsAt: at(16), endsAt: at(18) })).resolves.toBeTruthy();
    await expect(book(c, { spaceId: space.id, startsAt: at(12), endsAt: at(14) })).resolves.toBeTruthy();
  });

  it('20 concurrent bookings of one slot: exactly one wins, the rest get 409', async () => {
    const { space } = await createTestSpace();
    const guests = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    const results = await Promise.allSettled(guests.map((g) => book(g, { spaceId: space.id, startsAt: at(10), endsAt: at(12) })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures).toHaveLength(19);
    for (const f of failures) expect(f.reason).toMatchObject({ code: 'conflict', extra: { reason: 'overlap' } });
    expect(await getDb().select().from(reservations).where(eq(reservations.spaceId, space.id))).toHaveLength(1);
    expect(await getDb().select().from(payments)).toHaveLength(1);
  });

  it('validates whole hours, opening hours, the future, minimum hours and capacity with field errors', async () => {
    const { space } = await createTestSpace(undefined, { minHours: 2, capacity: 4 });
    const guest = await createUser();
    const half = new Date(seoulInstant(DAY, 14).getTime() + 30 * 60_000).toISOString();
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: half, endsAt: at(16) }, 'startsAt'],
      [{ startsAt: at(8), endsAt: at(10) }, 'startsAt'],
      [{ startsAt: at(21), endsAt: at(23) }, 'startsAt'],
      [{ startsAt: at(14), endsAt: at(15) }, 'endsAt'],
      [{ startsAt: at(14), endsAt: at(16), people: 5 }, 'people'],
      [{ startsAt: at(14, '2026-05-31'), endsAt: at(16, '2026-05-31') }, 'startsAt'],
      [{ startsAt: at(16), endsAt: at(14) }, 'endsAt'],
    ];
    for (const [body, field] of cases) {
      const error = await book(guest, { spaceId: space.id, ...body }).catch((e: unknown) => e);
      expect(error, JSON.stringify(body)).toMatchObject({ code: 'invalid', extra: { fields: { [field]: [expect.any(String)] } } });
    }
    expect(await getDb().select().from(reservations)).toHaveLength(0);
  });

  it('midnight in Seoul: a space open until 24:00 takes 22:00–24:00, and the next day starts at 00:00 Seoul (15:00 UTC)', async () => {
    const { space } = await createTestSpace(undefined, { openTime: '00:00', closeTime: '24:00' });
    const [a, b] = [await createUser(), await createUser()];
    const late = await book(a, { spaceId: space.id, startsAt: at(22), endsAt: at(24) });
    expect(late.reservation.endsAt.toISOString()).toBe('2026-06-10T15:00:00.000Z');
    const early = await book(b, { spaceId: space.id, startsAt: at(0, '2026-06-11'), endsAt: at(2, '2026-06-11') });
    expect(early.reservation.startsAt.toISOString()).toBe('2026-06-10T15:00:00.000Z');
    // Crossing midnight spans two opening days.
    await expect(book(b, { spaceId: space.id, startsAt: at(23, '2026-06-11'), endsAt: at(1, '2026-06-12') })).rejects.toMatchObject({
      code: 'invalid',
    });
    const day = await spaceAvailability(getDb(), space.id, '2026-06-11', NOW);
    expect(day.hours[0]).toMatchObject({ hour: 0, startsAt: '2026-06-10T15:00:00.000Z', available: false, reason: 'booked' });
    expect(day.hours[2]).toMatchObject({ hour: 2, available: true });
    expect((await spaceAvailability(getDb(), space.id, DAY, NOW)).hours.slice(22).map((h) => h.reason)).toEqual(['booked', 'booked']);
  });

  it('books a package as its time range at the package price', async () => {
    const { space } = await createTestSpace(undefined, {
      packages: [{ name: '주간', startTime: '09:00', endTime: '15:00', price: 45_000 }],
    });
    const pkg = (await getDb().select().from(spacePackages).limit(1))[0]!;
    const [a, b] = [await createUser(), await createUser()];
    const { reservation } = await book(a, { spaceId: space.id, date: DAY, packageId: pkg.id });
    expect(reservation).toMatchObject({ amount: 45_000, packageId: pkg.id, startsAt: seoulInstant(DAY, 9), endsAt: seoulInstant(DAY, 15) });
    await expect(book(b, { spaceId: space.id, startsAt: at(14), endsAt: at(16) })).rejects.toMatchObject({ code: 'conflict' });
    await expect(book(b, { spaceId: space.id, date: DAY, packageId: pkg.id + 100 })).rejects.toMatchObject({ extra: { fields: { packageId: expect.any(Array) } } });
  });

  it('paused spaces take no bookings (409)', async () => {
    const { host, space } = await createTestSpace();
    await updateSpace(getDb(), host, space.id, { status: 'paused' });
    await expect(book(await createUser(), { spaceId: space.id, startsAt: at(14), endsAt: at(16) })).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'paused' } });
  });
});

describe('payment and release', () => {
  it('approval confirms; expiry releases the slot for someone else', async () => {
    const { space } = await createTestSpace();
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    const first = await book(a, { spaceId: space.id, startsAt: at(14), endsAt: at(16) });
    await pay(a, first.payment);
    expect(await statusOf(first.reservation.id)).toBe('confirmed');

    const second = await book(b, { spaceId: space.id, startsAt: at(18), endsAt: at(20) });
    await expect(book(c, { spaceId: space.id, startsAt: at(18), endsAt: at(20) })).rejects.toMatchObject({ code: 'conflict' });
    expect(await expireStalePayments(getDb(), new Date(NOW.getTime() + 16 * 60_000))).toBe(1);
    expect(await statusOf(second.reservation.id)).toBe('expired');
    await expect(book(c, { spaceId: space.id, startsAt: at(18), endsAt: at(20) })).resolves.toBeTruthy();
  });

  it('a confirmed reservation completes after it ends', async () => {
    const { space } = await createTestSpace();
    const guest = await createUser();
    const { reservation, payment } = await book(guest, { spaceId: space.id, startsAt: at(14), endsAt: at(16) });
    await pay(guest, payment);
    expect(await completeEndedReservations(getDb(), seoulInstant(DAY, 15))).toBe(0);
    expect(await completeEndedReservations(getDb(), seoulInstant(DAY, 16))).toBe(1);
    expect(await statusOf(reservation.id)).toBe('completed');
  });
});

describe('cancelling', () => {
  async function confirmed(policy: 'flexible' | 'moderate' | 'strict') {
    const { host, space } = await createTestSpace(undefined, { cancellationPolicy: policy });
    const guest = await createUser();
    const { reservation, payment } = await book(guest, { spaceId: space.id, startsAt: at(14), endsAt: at(16) });
    await pay(guest, payment);
    return { host, guest, reservation, payment };
  }
  const hoursBeforeStart = (h: number) => () => new Date(seoulInstant(DAY, 14).getTime() - h * 3_600_000);

  it('by the guest refunds by the policy (moderate: 50% two days ahead) and frees the slot', async () => {
    const { guest, reservation, payment } = await confirmed('moderate');
    expect(await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, hoursBeforeStart(48))).toEqual({ refundAmount: 10_000 });
    const [p] = await getDb().select().from(payments).where(eq(payments.id, payment.id));
    expect(p).toMatchObject({ status: 'partially_cancelled', cancelledAmount: 10_000 });
    const view = await getReservation(getDb(), guest.id, reservation.id, NOW);
    expect(view).toMatchObject({ status: 'cancelled', cancelledBy: 'guest', refundedAmount: 10_000 });
    await expect(book(await createUser(), { spaceId: reservation.spaceId, startsAt: at(14), endsAt: at(16) })).resolves.toBeTruthy();
  });

  it('by the guest after the last refund boundary cancels without a refund', async () => {
    const { guest, reservation, payment } = await confirmed('flexible');
    expect(await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, hoursBeforeStart(23))).toEqual({ refundAmount: 0 });
    const [p] = await getDb().select().from(payments).where(eq(payments.id, payment.id));
    expect(p!.status).toBe('approved');
    expect(await statusOf(reservation.id)).toBe('cancelled');
  });

  it('by the host refunds in full even under a strict policy', async () => {
    const { host, reservation, payment } = await confirmed('strict');
    expect(await cancelReservation(getDb(), host, reservation.id, { reason: '설비 고장' }, hoursBeforeStart(2))).toEqual({ refundAmount: 20_000 });
    const [p] = await getDb().select().from(payments).where(eq(payments.id, payment.id));
    expect(p).toMatchObject({ status: 'cancelled', cancelledAmount: 20_000 });
  });

  it('an unpaid reservation cancels at once and its checkout can no longer be paid', async () => {
    const { space } = await createTestSpace();
    const guest = await createUser();
    const { reservation, payment } = await book(guest, { spaceId: space.id, startsAt: at(14), endsAt: at(16) });
    await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, clock);
    expect(await statusOf(reservation.id)).toBe('cancelled');
    const [p] = await getDb().select().from(payments).where(eq(payments.id, payment.id));
    expect(p!.status).toBe('failed');
    await expect(pay(guest, payment)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a refund asked through the payments module cancels the reservation by the policy cap', async () => {
    const { guest, reservation, payment } = await confirmed('flexible');
    await cancelPayment(getDb(), guest.id, payment.id, { reason: '환불' }, hoursBeforeStart(48));
    expect(await statusOf(reservation.id)).toBe('cancelled');
  });

  it('someone else gets 404; a started or cancelled reservation 409', async () => {
    const { guest, reservation } = await confirmed('flexible');
    await expect(cancelReservation(getDb(), await createUser(), reservation.id, { reason: '' }, clock)).rejects.toMatchObject({ code: 'not_found' });
    await expect(cancelReservation(getDb(), guest, reservation.id, { reason: '' }, hoursBeforeStart(0))).rejects.toMatchObject({ code: 'conflict' });
    await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, clock);
    await expect(cancelReservation(getDb(), guest, reservation.id, { reason: '' }, clock)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('deleting a space', () => {
  it('is refused (409) with an upcoming reservation, allowed once it is cancelled', async () => {
    const { host, space } = await createTestSpace();
    const guest = await createUser();
    const { reservation } = await book(guest, { spaceId: space.id, startsAt: at(14), endsAt: at(16) });
    await expect(deleteSpace(getDb(), host, space.id, clock)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'has_upcoming_reservations' } });
    await cancelReservation(getDb(), guest, reservation.id, { reason: '' }, clock);
    await deleteSpace(getDb(), host, space.id, clock);
    await expect(book(guest, { spaceId: space.id, startsAt: at(14), endsAt: at(16) })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('nextReservation (home page)', () => {
  it('is the soonest held or confirmed booking still ahead; cancelled and past ones are skipped', async () => {
    const { space } = await createTestSpace();
    const guest = await createUser();
    expect(await nextReservation(getDb(), guest.id, NOW)).toBeNull();
    const later = await book(guest, { spaceId: space.id, startsAt: at(14, '2026-06-12'), endsAt: at(16, '2026-06-12') });
    await pay(guest, later.payment);
    const sooner = await book(guest, { spaceId: space.id, startsAt: at(10), endsAt: at(12) });
    const soonest = await book(guest, { spaceId: space.id, startsAt: at(10, '2026-06-05'), endsAt: at(11, '2026-06-05') });
    await cancelReservation(getDb(), guest, soonest.reservation.id, { reason: '일정 변경' }, clock);

    expect(await nextReservation(getDb(), guest.id, NOW)).toMatchObject({ id: sooner.reservation.id, status: 'pending_payment' });
    // Once that one has started, the next is the paid one two days later.
    expect(await nextReservation(getDb(), guest.id, new Date(seoulInstant(DAY, 11)))).toMatchObject({ id: later.reservation.id, status: 'confirmed' });
  });
});

import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { reportReasons, reports, type User } from '@/db/schema';
import { moderateTarget, moderateUser } from '@/lib/admin/mutations';
import { seoulInstant } from '@/lib/core/seoul-time';
import { lockOrderShares, markDelivered, markPlaced, settleDuePayBy, withdrawFromOrder } from '@/lib/orders/mutations';
import { reviewGuest } from '@/lib/spaces/guest-reviews';
import { createReview } from '@/lib/spaces/reviews';
import { recordedEvents } from '@/tests/support/events';
import { createUser } from '@/tests/support/factories';
import { add, orderWithMembers, payShare } from '@/tests/support/orders';
import { createPaidReservation } from '@/tests/support/reservations';
import { createTestSpace, seoulDateInDays } from '@/tests/support/spaces';
import { HALF_LIFE_DAYS, START, WEIGHTS } from './temperature';
import { recomputeTemperature } from './temperature-store';

const DAY = 86_400_000;
const db = () => getDb();
const recompute = (user: { id: number }, now = new Date()) => recomputeTemperature(db(), user.id, now);
const signalled = async (userId: number) => (await recordedEvents<{ userId: number }>('trust:input')).some((e) => e.payload.userId === userId);

async function finishedBooking() {
  const guest = await createUser();
  const { host, space } = await createTestSpace();
  const day = seoulDateInDays(-2);
  const reservation = await createPaidReservation(guest, space.id, seoulInstant(day, 14), seoulInstant(day, 16), new Date(Date.now() - 5 * DAY));
  return { guest, host, reservation };
}

describe('temperature inputs from the database', () => {
  it('a host’s review of a guest, with a compliment and a complaint tag, moves the guest: 5★ +0.5, +0.1, −0.3', async () => {
    const { guest, host, reservation } = await finishedBooking();
    await reviewGuest(db(), host, reservation.id, { rating: 5, comment: '', tags: ['punctual', 'messy'] });
    expect(await signalled(guest.id)).toBe(true);
    expect(await recompute(guest)).toBe(36.8);
  });

  it('a guest’s tagged review of a space moves its host: 1★ −1.0 and two complaints −0.6', async () => {
    const { guest, host, reservation } = await finishedBooking();
    await createReview(db(), guest, reservation.id, { rating: 1, comment: '', tags: ['rude', 'slow_response'] });
    expect(await recompute(host)).toBe(34.9);
  });

  it('a suspension: −3.0, signalled when it happens, half of it after a half-life (fake clock)', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    await moderateUser(db(), admin, user.id, { action: 'suspend', reason: '욕설', days: 3 });
    expect(await signalled(user.id)).toBe(true);
    expect(await recompute(user)).toBeCloseTo(START + WEIGHTS.suspension, 5);
    expect(await recompute(user, new Date(Date.now() + HALF_LIFE_DAYS * DAY))).toBeCloseTo(START + WEIGHTS.suspension / 2, 5);
  });

  it('an upheld report: −1.5 when an admin acts on it, nothing when the report is dismissed', async () => {
    const admin = await createUser({ role: 'admin' });
    const [upheld, dismissed] = [await createUser(), await createUser()];
    const reporter = await createUser();
    for (const target of [upheld, dismissed]) {
      await db().insert(reports).values({ reporterId: reporter.id, targetType: 'user', targetId: target.id, targetUserId: target.id, reason: reportReasons[0] });
    }
    await moderateTarget(db(), admin, 'user', upheld.id, { action: 'warn', reason: '경고' });
    await moderateTarget(db(), admin, 'user', dismissed.id, { action: 'dismiss', reason: '문제없음' });
    expect(await signalled(upheld.id)).toBe(true);
    expect(await recompute(upheld)).toBeCloseTo(START + WEIGHTS.reportUpheld, 5);
    expect(await recompute(dismissed)).toBe(START);
  });

  it('meal-order outcomes: paid on time +0.1, withdrew −0.2, dropped at the pay deadline −0.8, delivered as organizer +0.3', async () => {
    const { organizer, post, members } = await orderWithMembers(3, { minOrderAmount: 10000, deliveryFee: 3000 });
    const [paid, withdrew, dropped] = members as [User, User, User];
    for (const user of [organizer, paid, withdrew, dropped]) await add(user, post.id, 10000);
    const locked = await lockOrderShares(db(), organizer, post.id);
    await payShare(paid, post.id);
    await withdrawFromOrder(db(), withdrew, post.id);
    await settleDuePayBy(db(), new Date(locked.payBy!));
    await markPlaced(db(), organizer, post.id);
    await markDelivered(db(), organizer, post.id);
    for (const user of [organizer, paid, withdrew, dropped]) expect(await signalled(user.id)).toBe(true);
    expect(await recompute(paid)).toBeCloseTo(START + WEIGHTS.mealPaidOnTime, 5);
    expect(await recompute(withdrew)).toBeCloseTo(START + WEIGHTS.mealWithdrew, 5);
    expect(await recompute(dropped)).toBeCloseTo(START + WEIGHTS.mealDroppedAtDeadline, 5);
    expect(await recompute(organizer)).toBeCloseTo(START + WEIGHTS.mealDeliveredAsOrganizer, 5);
    // Decay: a quarter of the drop is left after two half-lives.
    expect(await recompute(dropped, new Date(Date.now() + 2 * HALF_LIFE_DAYS * DAY))).toBeCloseTo(START + WEIGHTS.mealDroppedAtDeadline / 4, 5);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as playerRoute from '@/app/api/games/[id]/players/[userId]/route';
import * as approveRoute from '@/app/api/payments/[id]/approve/route';
import * as paymentCancelRoute from '@/app/api/payments/[id]/cancel/route';
import * as paymentRoute from '@/app/api/payments/[id]/route';
import * as reservationsRoute from '@/app/api/reservations/route';
import * as reservationRoute from '@/app/api/reservations/[id]/route';
import * as reservationCancelRoute from '@/app/api/reservations/[id]/cancel/route';
import { getDb } from '@/db/client';
import { gamePlayers, paymentEvents } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { bearerFor, createUser, YONGDAM2 } from '../support/factories';
import { HOUR } from '../support/games';
import { call, expectProblem } from '../support/http';
import { createTestSpace, seoulDateInDays } from '../support/spaces';

/**
 * One rule for refunding what a payment bought: a refund through POST /api/payments/{id}/cancel
 * of a booking or a game seat is that feature's own cancellation (the whole policy amount, the
 * booking or seat given up), so it and the feature's cancel route always agree.
 */
type Auth = Record<string, string>;

const refund = (auth: Auth, paymentId: number, body: Record<string, unknown>) =>
  call(paymentCancelRoute.POST, { method: 'POST', headers: auth, params: { id: String(paymentId) }, body: { reason: '일정 변경', ...body } });
const paymentOf = async (auth: Auth, id: number) => (await call(paymentRoute.GET, { headers: auth, params: { id: String(id) } })).body;
const refundEvents = async (paymentId: number) =>
  (await getDb().select().from(paymentEvents).where(eq(paymentEvents.paymentId, paymentId))).filter((e) => e.type.includes('cancelled')).length;

async function pay(auth: Auth, payment: { id: number }) {
  const p = await paymentOf(auth, payment.id);
  const res = await call(approveRoute.POST, { method: 'POST', headers: auth, params: { id: String(p.id) }, body: { paymentKey: sandboxPaymentKey(p.orderId, p.amount) } });
  expect(res.body.status).toBe('approved');
}

describe('refunding a booking: POST /api/payments/{id}/cancel and POST /api/reservations/{id}/cancel agree', () => {
  async function paidBooking(spaceId: number, from: number) {
    const guest = await createUser();
    const auth = await bearerFor(guest);
    // Two Seoul days ahead: always inside 보통's 50% tier (between one and three days before).
    const date = seoulDateInDays(2);
    const body = { spaceId, startsAt: seoulInstant(date, from).toISOString(), endsAt: seoulInstant(date, from + 2).toISOString(), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' };
    const res = await call(reservationsRoute.POST, { method: 'POST', path: '/api/reservations', headers: auth, body });
    expect(res.status).toBe(201);
    await pay(auth, res.body.payment);
    const view = async () => (await call(reservationRoute.GET, { headers: auth, params: { id: String(res.body.id) } })).body;
    return { auth, id: res.body.id as number, paymentId: res.body.payment.id as number, view };
  }

  it('a partial amount is 409 and changes nothing; the whole policy amount cancels the booking, the same as the reservations route', async () => {
    const { space } = await createTestSpace(undefined, { cancellationPolicy: 'moderate' });
    const viaPayments = await paidBooking(space.id, 10);
    const viaReservations = await paidBooking(space.id, 14);
    expect((await viaPayments.view()).cancellation!.refundAmount).toBe(10_000);

    const partial = expectProblem(await refund(viaPayments.auth, viaPayments.paymentId, { amount: 3000 }), 409);
    expect(partial.reason).toBe('partial_refund');
    expect(partial.errors?.amount?.[0]).toMatch(/10,000원 전액/);
    expect(expectProblem(await refund(viaPayments.auth, viaPayments.paymentId, { amount: 10_001 }), 409).reason).toBe('over_refundable');
    expect(await viaPayments.view()).toMatchObject({ status: 'confirmed', refundedAmount: 0 });
    expect(await paymentOf(viaPayments.auth, viaPayments.paymentId)).toMatchObject({ status: 'approved', cancelledAmount: 0 });

    const refunded = await refund(viaPayments.auth, viaPayments.paymentId, { amount: 10_000 });
    expect(refunded.status).toBe(200);
    expect(refunded.body).toMatchObject({ status: 'partially_cancelled', cancelledAmount: 10_000 });
    const cancelled = await call(reservationCancelRoute.POST, { method: 'POST', headers: viaReservations.auth, params: { id: String(viaReservations.id) }, body: {} });
    expect(cancelled.status).toBe(200);

    for (const booking of [viaPayments, viaReservations]) {
      expect(await booking.view()).toMatchObject({ status: 'cancelled', cancelledBy: 'guest', refundedAmount: 10_000, cancellation: null });
      expect(await paymentOf(booking.auth, booking.paymentId)).toMatchObject({ status: 'partially_cancelled', cancelledAmount: 10_000 });
      // Nothing more through either route: the policy amount was the whole refund.
      expect(expectProblem(await refund(booking.auth, booking.paymentId, {}), 409).reason).toBe('nothing_refundable');
      expectProblem(await call(reservationCancelRoute.POST, { method: 'POST', headers: booking.auth, params: { id: String(booking.id) }, body: {} }), 409);
      expect(await refundEvents(booking.paymentId)).toBe(1);
    }
  });
});

describe('refunding a game seat: POST /api/payments/{id}/cancel and DELETE /api/games/{id}/players/{me} agree', () => {
  it('a partial amount is 409; the whole policy amount gives the seat up, the same as leaving the game', async () => {
    const hostAuth = await bearerFor(await createUser());
    // Ten hours ahead: the 50% tier (24 h to 2 h before the start).
    const startsAt = new Date(Math.ceil((Date.now() + 10 * HOUR) / HOUR) * HOUR);
    const created = await call(gamesRoute.POST, {
      method: 'POST', path: '/api/games', headers: hostAuth,
      body: { sport: 'futsal', title: '환불 시험', placeName: '용담 풋살장', address: '제주시 용담로 1', neighbourhoodCode: YONGDAM2, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(), recruitUntil: new Date(startsAt.getTime() - HOUR).toISOString(), minPlayers: 2, maxPlayers: 10, fee: 10_000 },
    });
    expect(created.status).toBe(201);
    const gameId = created.body.id as number;
    const player = async () => {
      const user = await createUser();
      const auth = await bearerFor(user);
      const joined = await call(playersRoute.POST, { method: 'POST', headers: auth, params: { id: String(gameId) }, body: {} });
      expect(joined.status).toBe(201);
      await pay(auth, joined.body.payment!);
      return { user, auth, paymentId: joined.body.payment!.id as number };
    };
    const viaPayments = await player();
    const viaLeaving = await player();
    const joinedCount = async () => (await call(gameRoute.GET, { params: { id: String(gameId) } })).body.joinedCount;
    expect(await joinedCount()).toBe(2);

    expect(expectProblem(await refund(viaPayments.auth, viaPayments.paymentId, { amount: 1000 }), 409).reason).toBe('partial_refund');
    expect(await joinedCount()).toBe(2);

    const refunded = await refund(viaPayments.auth, viaPayments.paymentId, {});
    expect(refunded.body).toMatchObject({ status: 'partially_cancelled', cancelledAmount: 5000 });
    const left = await call(playerRoute.DELETE, { method: 'DELETE', headers: viaLeaving.auth, params: { id: String(gameId), userId: String(viaLeaving.user.id) } });
    expect(left.body.refundedAmount).toBe(5000);

    expect(await joinedCount()).toBe(0);
    for (const p of [viaPayments, viaLeaving]) {
      const [row] = await getDb().select().from(gamePlayers).where(eq(gamePlayers.paymentId, p.paymentId));
      expect(row!.status).toBe('cancelled');
      expect(await paymentOf(p.auth, p.paymentId)).toMatchObject({ status: 'partially_cancelled', cancelledAmount: 5000 });
      expect(expectProblem(await refund(p.auth, p.paymentId, {}), 409).reason).toBe('nothing_refundable');
      expect(await refundEvents(p.paymentId)).toBe(1);
    }
  });
});

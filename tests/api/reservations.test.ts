import { describe, expect, it } from 'vitest';
import * as hostReservationsRoute from '@/app/api/host/reservations/route';
import * as approveRoute from '@/app/api/payments/[id]/approve/route';
import * as paymentsRoute from '@/app/api/payments/route';
import * as reservationsRoute from '@/app/api/reservations/route';
import * as reservationRoute from '@/app/api/reservations/[id]/route';
import * as cancelRoute from '@/app/api/reservations/[id]/cancel/route';
import { getDb } from '@/db/client';
import { reservations } from '@/db/schema';
import { seoulInstant } from '@/lib/core/seoul-time';
import { sandboxPaymentKey } from '@/lib/payments/providers/sandbox';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { createTestSpace, seoulDateInDays } from '../support/spaces';

const booker = { bookerName: '김이웃', bookerPhone: '010-1234-5678', purpose: '스터디', requestNote: '창가 자리 부탁드려요' };
const reserve = (headers: Record<string, string>, body: unknown) =>
  call(reservationsRoute.POST, { method: 'POST', path: '/api/reservations', headers, unchecked: body });

async function setup() {
  const { host, space } = await createTestSpace(undefined, { cancellationPolicy: 'moderate' });
  const guest = await createUser();
  const date = seoulDateInDays(10);
  const slot = (from: number, to: number) => ({ startsAt: seoulInstant(date, from).toISOString(), endsAt: seoulInstant(date, to).toISOString() });
  return { host, space, guest, date, slot, guestHeaders: await bearerFor(guest), hostHeaders: await bearerFor(host) };
}

describe('/api/reservations', () => {
  it('reserves (201) with a checkout, pays through /api/payments, and lists it as mine and the host’s', async () => {
    const { space, guestHeaders, hostHeaders, slot, date } = await setup();
    const res = await reserve(guestHeaders, { spaceId: space.id, ...slot(14, 16), people: 3, ...booker });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ spaceId: space.id, amount: 20_000, status: 'pending_payment', isPast: false, people: 3, ...booker });
    expect(res.body.payment).toMatchObject({ status: 'ready', amount: 20_000, checkoutUrl: `/pay/${res.body.payment.id}` });

    // Asking the payments API for the reservation's checkout returns the open one.
    const again = await call(paymentsRoute.POST, {
      method: 'POST', path: '/api/payments', headers: { ...guestHeaders, 'idempotency-key': 'k1' }, body: { purpose: 'reservation', subjectId: res.body.id },
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(res.body.payment.id);
    const approved = await call(approveRoute.POST, {
      method: 'POST', headers: guestHeaders, params: { id: String(again.body.id) }, body: { paymentKey: sandboxPaymentKey(again.body.orderId, again.body.amount) },
    });
    expect(approved.body.status).toBe('approved');

    const mine = await call(reservationsRoute.GET, { path: '/api/reservations', headers: guestHeaders });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ id: res.body.id, status: 'confirmed', isPast: false, cancellation: { refundAmount: 20_000 } });
    const hostView = await call(hostReservationsRoute.GET, { path: `/api/host/reservations?spaceId=${space.id}&from=${date}&to=${date}`, headers: hostHeaders });
    expect(hostView.body.items.map((r: { id: number }) => r.id)).toEqual([res.body.id]);
    expect(hostView.body.items[0]!.cancellation).toMatchObject({ refundAmount: 20_000 });
    const other = await call(hostReservationsRoute.GET, { path: `/api/host/reservations?from=${seoulDateInDays(11)}`, headers: hostHeaders });
    expect(other.body.items).toEqual([]);
    const notHost = await call(hostReservationsRoute.GET, { path: '/api/host/reservations', headers: guestHeaders });
    expect(notHost.body.items).toEqual([]);
  });

  it('401 anonymous; 400 with field errors and nothing held; 409 overlap; 404 for strangers', async () => {
    const { space, guestHeaders, slot } = await setup();
    expectProblem(await reserve({}, { spaceId: space.id, ...slot(14, 16), people: 1, ...booker }), 401);
    expectProblem(await call(reservationsRoute.GET, { path: '/api/reservations' }), 401);
    expectProblem(await call(hostReservationsRoute.GET, { path: '/api/host/reservations' }), 401);
    const missing = await reserve(guestHeaders, { spaceId: space.id, people: 0 });
    expect(Object.keys(expectProblem(missing, 400).errors!).sort()).toEqual(['bookerName', 'bookerPhone', 'people']);
    const noTimes = await reserve(guestHeaders, { spaceId: space.id, people: 1, ...booker });
    expect(Object.keys(expectProblem(noTimes, 400).errors!).sort()).toEqual(['endsAt', 'startsAt']);
    const tooMany = await reserve(guestHeaders, { spaceId: space.id, ...slot(14, 16), people: 7, ...booker });
    expect(expectProblem(tooMany, 400).errors).toHaveProperty('people');
    const closed = await reserve(guestHeaders, { spaceId: space.id, ...slot(6, 8), people: 1, ...booker });
    expect(expectProblem(closed, 400).errors).toHaveProperty('startsAt');
    expectProblem(await reserve(guestHeaders, { spaceId: space.id, startsAt: 'tomorrow', endsAt: 'later', people: 1, ...booker }), 400);
    expectProblem(await reserve(guestHeaders, { spaceId: 999_999, ...slot(14, 16), people: 1, ...booker }), 400);
    expect(await getDb().select().from(reservations)).toHaveLength(0);

    const ok = await reserve(guestHeaders, { spaceId: space.id, ...slot(14, 16), people: 1, ...booker });
    const clash = await reserve(await bearerFor(await createUser()), { spaceId: space.id, ...slot(15, 17), people: 1, ...booker });
    expect(expectProblem(clash, 409).reason).toBe('overlap');
    const stranger = await bearerFor(await createUser());
    expectProblem(await call(reservationRoute.GET, { headers: stranger, params: { id: String(ok.body.id) } }), 404);
    expectProblem(await call(cancelRoute.POST, { method: 'POST', headers: stranger, params: { id: String(ok.body.id) }, body: {} }), 404);
    expectProblem(await call(reservationRoute.GET, { headers: stranger, params: { id: 'abc' } }), 400);
  });

  it('guest cancels (refund by policy), host cancels (full), a second cancel is 409', async () => {
    const { space, guestHeaders, hostHeaders, slot } = await setup();
    const pay = async (r: { payment: { id: number } }) => {
      const p = (await call(paymentsRoute.GET, { path: '/api/payments', headers: guestHeaders })).body.items.find((x: { id: number }) => x.id === r.payment.id)!;
      await call(approveRoute.POST, { method: 'POST', headers: guestHeaders, params: { id: String(p.id) }, body: { paymentKey: sandboxPaymentKey(p.orderId, p.amount) } });
    };
    const a = (await reserve(guestHeaders, { spaceId: space.id, ...slot(10, 12), people: 1, ...booker })).body;
    const b = (await reserve(guestHeaders, { spaceId: space.id, ...slot(14, 16), people: 1, ...booker })).body;
    await pay(a);
    await pay(b);
    // Ten days ahead under the moderate policy: a full refund either way.
    const byGuest = await call(cancelRoute.POST, { method: 'POST', headers: guestHeaders, params: { id: String(a.id) }, body: {} });
    expect(byGuest.body).toMatchObject({ status: 'cancelled', cancelledBy: 'guest', refundedAmount: 20_000, cancellation: null });
    const byHost = await call(cancelRoute.POST, { method: 'POST', headers: hostHeaders, params: { id: String(b.id) }, body: { reason: '시설 점검' } });
    expect(byHost.body).toMatchObject({ status: 'cancelled', cancelledBy: 'host', refundedAmount: 20_000 });
    expectProblem(await call(cancelRoute.POST, { method: 'POST', headers: guestHeaders, params: { id: String(a.id) }, body: {} }), 409);
    const payments = (await call(paymentsRoute.GET, { path: '/api/payments', headers: guestHeaders })).body.items;
    expect(payments.map((p: { status: string }) => p.status)).toEqual(['cancelled', 'cancelled']);
  });
});

import { describe, expect, it } from 'vitest';
import * as acceptRoute from '@/app/api/reservations/[id]/accept/route';
import * as cancelRoute from '@/app/api/reservations/[id]/cancel/route';
import * as declineRoute from '@/app/api/reservations/[id]/decline/route';
import * as reservationRoute from '@/app/api/reservations/[id]/route';
import * as spacesRoute from '@/app/api/spaces/route';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { createPaidReservation } from '../support/reservations';
import { createTestSpace, seoulDateInDays, spaceBody } from '../support/spaces';
import { seoulInstant } from '@/lib/core/seoul-time';

async function setup() {
  const { host, space } = await createTestSpace(undefined, { bookingMode: 'approval', approvalHours: 6 });
  const guest = await createUser();
  const date = seoulDateInDays(10);
  const reservation = await createPaidReservation(guest, space.id, seoulInstant(date, 14), seoulInstant(date, 16), new Date());
  return { space, reservation, hostHeaders: await bearerFor(host), guestHeaders: await bearerFor(guest), strangerHeaders: await bearerFor(await createUser()) };
}

const act = (route: typeof acceptRoute | typeof declineRoute, id: number, headers: Record<string, string>, body?: unknown) =>
  call(route.POST, { method: 'POST', headers, params: { id: String(id) }, unchecked: body });

describe('approval mode over the API', () => {
  it('a space is created in approval mode; a paid booking is requested; the host accepts (200, confirmed)', async () => {
    const host = await bearerFor(await createUser());
    const created = await call(spacesRoute.POST, { method: 'POST', path: '/api/spaces', headers: host, unchecked: spaceBody({ bookingMode: 'approval', approvalHours: 12, bufferMinutes: 30 }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ bookingMode: 'approval', approvalHours: 12, bufferMinutes: 30 });
    const bad = await call(spacesRoute.POST, { method: 'POST', path: '/api/spaces', headers: host, unchecked: spaceBody({ bookingMode: 'later' as never, approvalHours: 0 }) });
    expect(Object.keys(expectProblem(bad, 400).errors ?? {}).sort()).toEqual(['approvalHours', 'bookingMode']);

    const { reservation, hostHeaders, guestHeaders } = await setup();
    const mine = await call(reservationRoute.GET, { headers: guestHeaders, params: { id: String(reservation.id) } });
    expect(mine.body).toMatchObject({ status: 'requested', respondBy: expect.any(String), cancellation: { refundAmount: 20_000 } });
    const accepted = await act(acceptRoute, reservation.id, hostHeaders);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: reservation.id, status: 'confirmed' });
    expect(expectProblem(await act(acceptRoute, reservation.id, hostHeaders), 409).reason).toBe('confirmed');
  });

  it('decline needs a reason (400), refunds in full (200, declined); 401 / 403 / 404 for others', async () => {
    const { reservation, hostHeaders, guestHeaders, strangerHeaders } = await setup();
    expectProblem(await act(acceptRoute, reservation.id, {}), 401);
    expectProblem(await act(acceptRoute, reservation.id, guestHeaders), 403);
    expectProblem(await act(acceptRoute, reservation.id, strangerHeaders), 404);
    expectProblem(await act(acceptRoute, 999_999, hostHeaders), 404);
    expectProblem(await act(declineRoute, reservation.id, guestHeaders, { reason: '싫어요' }), 403);
    expect(expectProblem(await act(declineRoute, reservation.id, hostHeaders, {}), 400).errors).toHaveProperty('reason');
    expect(expectProblem(await act(declineRoute, reservation.id, hostHeaders, { reason: ' ' }), 400).errors).toHaveProperty('reason');
    const declined = await act(declineRoute, reservation.id, hostHeaders, { reason: '내부 행사' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', hostReason: '내부 행사', refundedAmount: 20_000, cancelledBy: 'host' });
  });

  it('a host cancelling a confirmed booking must give a reason (400), then refunds in full', async () => {
    const { reservation, hostHeaders } = await setup();
    await act(acceptRoute, reservation.id, hostHeaders);
    const cancel = (body: unknown) => call(cancelRoute.POST, { method: 'POST', headers: hostHeaders, params: { id: String(reservation.id) }, unchecked: body });
    expect(expectProblem(await cancel({}), 400).errors).toHaveProperty('reason');
    const done = await cancel({ reason: '누수 공사' });
    expect(done.body).toMatchObject({ status: 'cancelled', hostReason: '누수 공사', refundedAmount: 20_000 });
  });
});

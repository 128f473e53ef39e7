import { describe, expect, it } from 'vitest';
import * as availabilityRoute from '@/app/api/spaces/[id]/availability/route';
import * as blocksRoute from '@/app/api/spaces/[id]/blocks/route';
import * as blockRoute from '@/app/api/spaces/[id]/blocks/[blockId]/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import * as reservationsRoute from '@/app/api/reservations/route';
import { seoulInstant } from '@/lib/core/seoul-time';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { createTestSpace, seoulDateInDays } from '../support/spaces';

async function setup() {
  const { host, space } = await createTestSpace();
  const guest = await createUser();
  const date = seoulDateInDays(10);
  const slot = (from: number, to: number) => ({ startsAt: seoulInstant(date, from).toISOString(), endsAt: seoulInstant(date, to).toISOString() });
  return { space, date, slot, hostHeaders: await bearerFor(host), guestHeaders: await bearerFor(guest) };
}

const addBlock = (id: number, headers: Record<string, string>, body: unknown) =>
  call(blocksRoute.POST, { method: 'POST', path: `/api/spaces/${id}/blocks`, headers, params: { id: String(id) }, unchecked: body });

describe('/api/spaces/{id}/blocks', () => {
  it('the host blocks (201) and lists; the grid shows it blocked; a booking over it is 409; removing it (204) frees it', async () => {
    const { space, date, slot, hostHeaders, guestHeaders } = await setup();
    const res = await addBlock(space.id, hostHeaders, { ...slot(12, 14), reason: '대청소' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ spaceId: space.id, reason: '대청소', ...slot(12, 14) });
    const list = await call(blocksRoute.GET, { path: `/api/spaces/${space.id}/blocks`, headers: hostHeaders, params: { id: String(space.id) } });
    expect(list.body.items.map((b: { id: number }) => b.id)).toEqual([res.body.id]);

    const grid = await call(availabilityRoute.GET, { path: `/api/spaces/${space.id}/availability?date=${date}`, params: { id: String(space.id) } });
    expect(grid.body.hours.filter((h: { reason: string }) => h.reason === 'blocked').map((h: { hour: number }) => h.hour)).toEqual([12, 13]);

    const booking = { spaceId: space.id, ...slot(13, 15), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' };
    const refused = await call(reservationsRoute.POST, { method: 'POST', path: '/api/reservations', headers: guestHeaders, body: booking });
    expect(expectProblem(refused, 409).reason).toBe('overlap');

    const again = await addBlock(space.id, hostHeaders, slot(13, 15));
    expect(expectProblem(again, 409).reason).toBe('overlap');

    const removed = await call(blockRoute.DELETE, { method: 'DELETE', headers: hostHeaders, params: { id: String(space.id), blockId: String(res.body.id) } });
    expect(removed.status).toBe(204);
    const booked = await call(reservationsRoute.POST, { method: 'POST', path: '/api/reservations', headers: guestHeaders, body: booking });
    expect(booked.status).toBe(201);
  });

  it('401 anonymous; 403 for others; 404 for a missing space or block; 400 with field errors', async () => {
    const { space, slot, hostHeaders, guestHeaders } = await setup();
    expectProblem(await addBlock(space.id, {}, slot(12, 14)), 401);
    expectProblem(await addBlock(space.id, guestHeaders, slot(12, 14)), 403);
    expectProblem(await call(blocksRoute.GET, { headers: guestHeaders, params: { id: String(space.id) } }), 403);
    expectProblem(await addBlock(999_999, hostHeaders, slot(12, 14)), 404);

    const bad = expectProblem(await addBlock(space.id, hostHeaders, { startsAt: 'soon', endsAt: slot(12, 14).startsAt, reason: 'x'.repeat(101) }), 400);
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(['reason', 'startsAt']);
    const backwards = expectProblem(await addBlock(space.id, hostHeaders, { startsAt: slot(14, 15).startsAt, endsAt: slot(12, 13).startsAt }), 400);
    expect(backwards.errors).toHaveProperty('endsAt');
    const past = expectProblem(await addBlock(space.id, hostHeaders, { startsAt: '2020-01-01T00:00:00Z', endsAt: '2020-01-02T00:00:00Z' }), 400);
    expect(past.errors).toHaveProperty('endsAt');

    const { body: b } = await addBlock(space.id, hostHeaders, slot(12, 14));
    const del = (headers: Record<string, string>, blockId: number) =>
      call(blockRoute.DELETE, { method: 'DELETE', headers, params: { id: String(space.id), blockId: String(blockId) } });
    expectProblem(await del({}, b.id), 401);
    expectProblem(await del(guestHeaders, b.id), 403);
    expectProblem(await del(hostHeaders, b.id + 1000), 404);
  });

  it('bufferMinutes is part of the space (0..240, 400 otherwise)', async () => {
    const { space, hostHeaders } = await setup();
    expect(space.bufferMinutes).toBe(0);
    const patch = (bufferMinutes: unknown) =>
      call(spaceRoute.PATCH, { method: 'PATCH', headers: hostHeaders, params: { id: String(space.id) }, unchecked: { bufferMinutes } });
    expect((await patch(30)).body.bufferMinutes).toBe(30);
    expect(expectProblem(await patch(241), 400).errors).toHaveProperty('bufferMinutes');
    expect(expectProblem(await patch(-1), 400).errors).toHaveProperty('bufferMinutes');
  });
});

import { describe, expect, it } from 'vitest';
import * as gameCalendarRoute from '@/app/api/games/[id]/calendar.ics/route';
import * as reservationCalendarRoute from '@/app/api/reservations/[id]/calendar.ics/route';
import * as feedRoute from '@/app/api/spaces/[id]/calendar.ics/route';
import * as keyRoute from '@/app/api/spaces/[id]/calendar-key/route';
import { seoulInstant } from '@/lib/core/seoul-time';
import { joinGame } from '@/lib/games/players';
import { getDb } from '@/db/client';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame, fixedClock } from '../support/games';
import { call, expectProblem } from '../support/http';
import { createPaidReservation } from '../support/reservations';
import { createTestSpace, seoulDateInDays } from '../support/spaces';

const ICS = 'text/calendar; charset=utf-8';

async function setup() {
  const { host, space } = await createTestSpace();
  const [guest, stranger] = await Promise.all([createUser(), createUser()]);
  const date = seoulDateInDays(10);
  const reservation = await createPaidReservation(guest, space.id, seoulInstant(date, 10), seoulInstant(date, 12), new Date());
  return { host, guest, space, reservation, hostHeaders: await bearerFor(host), guestHeaders: await bearerFor(guest), strangerHeaders: await bearerFor(stranger) };
}

const feed = (id: number, key?: string) =>
  call(feedRoute.GET, { path: `/api/spaces/${id}/calendar.ics${key === undefined ? '' : `?key=${encodeURIComponent(key)}`}`, params: { id: String(id) } });
const rotate = (id: number, headers: Record<string, string>) => call(keyRoute.POST, { method: 'POST', path: `/api/spaces/${id}/calendar-key`, headers, params: { id: String(id) } });

describe('calendar .ics routes', () => {
  it("the host's secret feed: text/calendar with the booking; a wrong or missing key 404; rotating cuts the old key off", async () => {
    const { space, reservation, hostHeaders, guestHeaders } = await setup();
    const first = await rotate(space.id, hostHeaders);
    expect(first.status).toBe(200);
    const ok = await feed(space.id, first.body.key);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe(ICS);
    expect(ok.headers.get('cache-control')).toContain('no-store');
    expect(ok.body).toContain('BEGIN:VCALENDAR');
    expect(ok.body).toContain(`UID:reservation-${reservation.id}@dongne.app`);
    expect(ok.body).toContain('SUMMARY:예약: 김이웃 2명');

    expectProblem(await feed(space.id), 404);
    expectProblem(await feed(space.id, 'guess'), 404);
    expectProblem(await feed(999_999, first.body.key), 404);
    expectProblem(await feed(space.id, 'x'.repeat(201)), 400);

    const second = await rotate(space.id, hostHeaders);
    expect(second.body.key).not.toBe(first.body.key);
    expectProblem(await feed(space.id, first.body.key), 404);
    expect((await feed(space.id, second.body.key)).status).toBe(200);

    expectProblem(await rotate(space.id, {}), 401);
    expectProblem(await rotate(space.id, guestHeaders), 403);
    expectProblem(await rotate(999_999, hostHeaders), 404);
    expectProblem(await rotate(0, hostHeaders), 400);
  });

  it('"캘린더에 추가" for a reservation and a game: the guest, host and players get a file; anonymous 401, others 404, bad ids 400', async () => {
    const { host, guest, reservation, hostHeaders, guestHeaders, strangerHeaders } = await setup();
    const download = (headers: Record<string, string>, id: number | string = reservation.id) =>
      call(reservationCalendarRoute.GET, { path: `/api/reservations/${id}/calendar.ics`, headers, params: { id: String(id) } });
    const mine = await download(guestHeaders);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe(ICS);
    expect(mine.headers.get('content-disposition')).toBe(`attachment; filename="reservation-${reservation.id}.ics"`);
    expect(mine.body).toContain('SUMMARY:공간 예약: 용담 스터디룸');
    expect((await download(hostHeaders)).status).toBe(200);
    expectProblem(await download({}), 401);
    expectProblem(await download(strangerHeaders), 404);
    expectProblem(await download(guestHeaders, 'abc'), 400);

    const now = new Date();
    const game = await createTestGame(host, now);
    await joinGame(getDb(), guest, game.id, {}, fixedClock(now));
    const gameFile = (headers: Record<string, string>, id: number | string = game.id) =>
      call(gameCalendarRoute.GET, { path: `/api/games/${id}/calendar.ics`, headers, params: { id: String(id) } });
    const played = await gameFile(guestHeaders);
    expect(played.status).toBe(200);
    expect(played.headers.get('content-type')).toBe(ICS);
    expect(played.body).toContain(`UID:game-${game.id}@dongne.app`);
    expect(played.body).toContain('SUMMARY:풋살: 토요일 풋살 한 판');
    expect((await gameFile(hostHeaders)).status).toBe(200);
    expectProblem(await gameFile({}), 401);
    expectProblem(await gameFile(strangerHeaders), 404);
    expectProblem(await gameFile(guestHeaders, 'abc'), 400);
  });
});

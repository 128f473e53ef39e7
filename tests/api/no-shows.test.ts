import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as markRoute from '@/app/api/games/[id]/players/[userId]/no-show/route';
import * as disputeRoute from '@/app/api/no-shows/[id]/dispute/route';
import * as queueRoute from '@/app/api/admin/no-shows/route';
import * as decideRoute from '@/app/api/admin/no-shows/[id]/route';
import * as myNoShowsRoute from '@/app/api/users/me/no-shows/route';
import * as userRoute from '@/app/api/users/[id]/route';
import * as reservationNoShowRoute from '@/app/api/reservations/[id]/no-show/route';
import { seoulInstant } from '@/lib/core/seoul-time';
import { createPaidReservation } from '../support/reservations';
import { createTestSpace, seoulDateInDays } from '../support/spaces';
import { getDb } from '@/db/client';
import { adminActions, games, reservations } from '@/db/schema';
import { joinGame } from '@/lib/games/players';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call, expectProblem } from '../support/http';

const HOUR = 3_600_000;

async function endedGame(endedHoursAgo = 1) {
  const host = await createUser();
  const player = await createUser();
  const game = await createTestGame(host, new Date());
  await joinGame(getDb(), player, game.id);
  const endsAt = new Date(Date.now() - endedHoursAgo * HOUR);
  await getDb().update(games).set({ status: 'finished', startsAt: new Date(endsAt.getTime() - 2 * HOUR), recruitUntil: new Date(endsAt.getTime() - 3 * HOUR), endsAt }).where(eq(games.id, game.id));
  return { host, player, game };
}

const mark = async (as: Awaited<ReturnType<typeof createUser>>, gameId: number, userId: number) =>
  call(markRoute.POST, { method: 'POST', headers: await bearerFor(as), params: { id: String(gameId), userId: String(userId) } });
const temperatureOf = async (userId: number) =>
  (await call(userRoute.GET, { params: { id: String(userId) } })).body.temperature.value as number;

describe('no-shows', () => {
  it('the host marks a joined player within 24 h; the player disputes once; an admin accepts and the temperature recovers', async () => {
    const { host, player, game } = await endedGame();
    const res = await mark(host, game.id, player.id);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ subjectType: 'game', subjectId: game.id, user: { id: player.id }, decision: null });
    expect(await temperatureOf(player.id)).toBe(34.5);
    expect(expectProblem(await mark(host, game.id, player.id), 409).reason).toBe('already_marked');

    const playerAuth = await bearerFor(player);
    const mine = await call(myNoShowsRoute.GET, { headers: playerAuth });
    expect(mine.body.items).toHaveLength(1);
    const id = String(res.body.id);
    const dispute = (headers: Record<string, string>, text = '그날 경기장에 있었어요. 사진이 있어요.') =>
      call(disputeRoute.POST, { method: 'POST', headers, params: { id }, body: { text } });
    expectProblem(await dispute(await bearerFor(host)), 404);
    expect(expectProblem(await dispute(playerAuth, ''), 400).errors).toHaveProperty('text');
    expect((await dispute(playerAuth)).status).toBe(200);
    expect(expectProblem(await dispute(playerAuth), 409).reason).toBe('already_disputed');

    const admin = await createUser({ role: 'admin' });
    const adminAuth = await bearerFor(admin);
    expectProblem(await call(queueRoute.GET, { headers: playerAuth }), 404);
    expect((await call(queueRoute.GET, { headers: adminAuth })).body.items).toMatchObject([{ id: Number(id), disputeText: expect.stringContaining('사진') }]);
    const decide = (body: unknown) => call(decideRoute.POST, { method: 'POST', headers: adminAuth, params: { id }, unchecked: body });
    expect((await decide({ decision: 'accepted', reason: '사진 확인' })).body).toMatchObject({ decision: 'accepted' });
    expect(expectProblem(await decide({ decision: 'rejected', reason: '다시' }), 409).reason).toBe('not_open');
    expect(await temperatureOf(player.id)).toBe(36.5);
    const [entry] = await getDb().select().from(adminActions).where(eq(adminActions.targetType, 'no_show'));
    expect(entry).toMatchObject({ adminId: admin.id, action: 'no_show_accepted', targetId: Number(id), reason: '사진 확인' });
    expect((await call(queueRoute.GET, { headers: adminAuth })).body.items).toEqual([]);
  });

  it('only the host, only joined players, only in the 24 h after the end', async () => {
    const { host, player, game } = await endedGame();
    expectProblem(await mark(player, game.id, host.id), 403);
    expectProblem(await mark(host, game.id, (await createUser()).id), 404);
    expectProblem(await mark(host, 999_999, player.id), 404);
    const late = await endedGame(25);
    expect(expectProblem(await mark(late.host, late.game.id, late.player.id), 409).reason).toBe('window_closed');
    const upcoming = await createTestGame(host, new Date());
    const guest = await createUser();
    await joinGame(getDb(), guest, upcoming.id);
    expect(expectProblem(await mark(host, upcoming.id, guest.id), 409).reason).toBe('not_ended');
  });

  it('a space host marks the guest of a confirmed booking that ended within 24 h; nobody else may', async () => {
    const guest = await createUser();
    const { host, space } = await createTestSpace();
    const day = seoulDateInDays(-5);
    const booking = await createPaidReservation(guest, space.id, seoulInstant(day, 14), seoulInstant(day, 16), new Date(Date.now() - 10 * 86_400_000));
    const markBooking = async (as: typeof guest) =>
      call(reservationNoShowRoute.POST, { method: 'POST', headers: await bearerFor(as), params: { id: String(booking.id) } });
    expect(expectProblem(await markBooking(host), 409).reason).toBe('window_closed');
    await getDb().update(reservations).set({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }).where(eq(reservations.id, booking.id));
    expectProblem(await markBooking(guest), 403);
    const res = await markBooking(host);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ subjectType: 'reservation', subjectId: booking.id, user: { id: guest.id } });
    expect(await temperatureOf(guest.id)).toBe(34.5);
  });
});

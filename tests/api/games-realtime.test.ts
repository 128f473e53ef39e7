import { expect, it } from 'vitest';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as playerRoute from '@/app/api/games/[id]/players/[userId]/route';
import { getDb } from '@/db/client';
import { expireStalePayments } from '@/lib/payments/mutations';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call } from '../support/http';
import { next, silence, socketServerPerTest, type TestSocket } from '../support/sockets';

const sockets = socketServerPerTest();

const watch = (socket: TestSocket, p: { sigungu?: string[]; gameIds?: number[] }) => socket.emitWithAck('games:watch', p);

it('joining and leaving push game:updated to sockets watching the game or its 시군구, and to no one else', async () => {
  const host = await createUser();
  const game = await createTestGame(host, new Date(), { minPlayers: 1, maxPlayers: 1 });
  const watcher = await sockets.client(await createUser());
  const listWatcher = await sockets.client(await createUser());
  const elsewhere = await sockets.client(await createUser());
  expect(await watch(watcher, { gameIds: [game.id] })).toEqual({ ok: true });
  expect(await watch(listWatcher, { sigungu: [game.neighbourhoodCode.slice(0, 5)] })).toEqual({ ok: true });
  expect(await watch(elsewhere, { sigungu: ['11110'], gameIds: [game.id + 1] })).toEqual({ ok: true });
  expect(await watch(elsewhere, { sigungu: ['seoul'] } as never)).toMatchObject({ ok: false, status: 400 });
  const player = await createUser();
  const auth = await bearerFor(player);
  const params = { id: String(game.id) };

  const full = next(watcher, 'game:updated');
  const fullInList = next(listWatcher, 'game:updated');
  const nothing = silence(elsewhere, 'game:updated');
  expect((await call(playersRoute.POST, { method: 'POST', headers: auth, params, body: {} })).status).toBe(201);
  expect(await full).toEqual({ gameId: game.id, joined: 1, capacity: 1, status: 'full' });
  expect(await fullInList).toEqual({ gameId: game.id, joined: 1, capacity: 1, status: 'full' });
  await nothing;

  expect(await listWatcher.emitWithAck('games:unwatch', { sigungu: [game.neighbourhoodCode.slice(0, 5)] })).toEqual({ ok: true });
  const unwatched = silence(listWatcher, 'game:updated');

  const freed = next(watcher, 'game:updated');
  await call(playerRoute.DELETE, { method: 'DELETE', headers: auth, params: { ...params, userId: String(player.id) } });
  expect(await freed).toEqual({ gameId: game.id, joined: 0, capacity: 1, status: 'recruiting' });
  await unwatched;
});

it('an expired checkout frees the held seat and pushes game:updated after the sweep commits', async () => {
  const host = await createUser();
  const game = await createTestGame(host, new Date(), { minPlayers: 1, maxPlayers: 1, fee: 5000 });
  const watcher = await sockets.client(await createUser());
  await watch(watcher, { gameIds: [game.id] });
  const params = { id: String(game.id) };

  const held = next(watcher, 'game:updated');
  expect((await call(playersRoute.POST, { method: 'POST', headers: await bearerFor(await createUser()), params, body: {} })).status).toBe(201);
  expect(await held).toEqual({ gameId: game.id, joined: 1, capacity: 1, status: 'full' });

  const freed = next(watcher, 'game:updated');
  await expireStalePayments(getDb(), new Date(Date.now() + 16 * 60_000));
  expect(await freed).toEqual({ gameId: game.id, joined: 0, capacity: 1, status: 'recruiting' });
});

it('a checkout expiring promotes the waitlist head, who gets notification:new after the sweep commits', async () => {
  const host = await createUser();
  const game = await createTestGame(host, new Date(), { minPlayers: 1, maxPlayers: 1, fee: 5000 });
  const params = { id: String(game.id) };
  await call(playersRoute.POST, { method: 'POST', headers: await bearerFor(await createUser()), params, body: {} });
  const waiting = await createUser();
  expect((await call(playersRoute.POST, { method: 'POST', headers: await bearerFor(waiting), params, body: { waitlist: true } })).status).toBe(201);
  const waitingSocket = await sockets.client(waiting);
  const promoted = next(waitingSocket, 'notification:new');
  await expireStalePayments(getDb(), new Date(Date.now() + 16 * 60_000));
  expect(await promoted).toMatchObject({ type: 'game_promoted', link: `/games/${game.id}` });
});

it('the host gets notification:new for a join once it has committed', async () => {
  const host = await createUser();
  const game = await createTestGame(host, new Date(), { minPlayers: 1, maxPlayers: 1 });
  const hostSocket = await sockets.client(host);
  const player = await createUser();
  const notice = next(hostSocket, 'notification:new');
  await call(playersRoute.POST, { method: 'POST', headers: await bearerFor(player), params: { id: String(game.id) }, body: {} });
  expect(await notice).toMatchObject({ type: 'game_joined', link: `/games/${game.id}`, isRead: false });
});

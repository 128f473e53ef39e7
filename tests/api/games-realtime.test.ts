import { afterEach, beforeEach, expect, it } from 'vitest';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as playerRoute from '@/app/api/games/[id]/players/[userId]/route';
import { getDb } from '@/db/client';
import { expireStalePayments } from '@/lib/payments/mutations';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call } from '../support/http';
import { next, startSocketServer } from '../support/sockets';

let sockets: Awaited<ReturnType<typeof startSocketServer>>;
beforeEach(async () => {
  sockets = await startSocketServer();
});
afterEach(async () => {
  await sockets.close();
});

it('joining and leaving push game:updated with the seat count to every watcher', async () => {
  const host = await createUser();
  const game = await createTestGame(host, new Date(), { minPlayers: 1, maxPlayers: 1 });
  const watcher = await sockets.client(await createUser());
  const player = await createUser();
  const auth = await bearerFor(player);
  const params = { id: String(game.id) };

  const full = next(watcher, 'game:updated');
  expect((await call(playersRoute.POST, { method: 'POST', headers: auth, params, body: {} })).status).toBe(201);
  expect(await full).toEqual({ gameId: game.id, joined: 1, capacity: 1, status: 'full' });

  const freed = next(watcher, 'game:updated');
  await call(playerRoute.DELETE, { method: 'DELETE', headers: auth, params: { ...params, userId: String(player.id) } });
  expect(await freed).toEqual({ gameId: game.id, joined: 0, capacity: 1, status: 'recruiting' });
});

it('an expired checkout frees the held seat and pushes game:updated after the sweep commits', async () => {
  const host = await createUser();
  const game = await createTestGame(host, new Date(), { minPlayers: 1, maxPlayers: 1, fee: 5000 });
  const watcher = await sockets.client(await createUser());
  const params = { id: String(game.id) };

  const held = next(watcher, 'game:updated');
  expect((await call(playersRoute.POST, { method: 'POST', headers: await bearerFor(await createUser()), params, body: {} })).status).toBe(201);
  expect(await held).toEqual({ gameId: game.id, joined: 1, capacity: 1, status: 'full' });

  const freed = next(watcher, 'game:updated');
  await expireStalePayments(getDb(), new Date(Date.now() + 16 * 60_000));
  expect(await freed).toEqual({ gameId: game.id, joined: 0, capacity: 1, status: 'recruiting' });
});

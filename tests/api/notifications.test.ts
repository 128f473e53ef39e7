import { expect, it } from 'vitest';
import * as listRoute from '@/app/api/notifications/route';
import * as readRoute from '@/app/api/notifications/read/route';
import { getDb } from '@/db/client';
import { notify } from '@/lib/notifications/notify';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { next, silence, socketServerPerTest } from '../support/sockets';

const sockets = socketServerPerTest();

it('anonymous callers get 401 on both routes', async () => {
  expectProblem(await call(listRoute.GET, { path: '/api/notifications' }), 401);
  expectProblem(await call(readRoute.POST, { method: 'POST', path: '/api/notifications/read', body: { all: true } }), 401);
});

it('lists my notifications and marks them read; bad bodies are 400 and change nothing', async () => {
  const me = await createUser();
  const auth = await bearerFor(me);
  const [first, second] = await notify(getDb(), [
    { userId: me.id, type: 'game_confirmed', title: '경기 확정', body: '토요일 풋살', link: '/games/1' },
    { userId: me.id, type: 'game_reminder', title: '2시간 뒤 경기' },
  ]);

  const list = await call(listRoute.GET, { path: '/api/notifications?unread=true', headers: auth });
  expect(list.status).toBe(200);
  expect(list.body.unreadCount).toBe(2);
  expect(list.body.items.map((n: { id: number }) => n.id)).toEqual([second!.id, first!.id]);

  for (const body of [{}, { ids: [] }, { ids: ['x'] }, { all: false }, { ids: [1], all: true }]) {
    const bad = expectProblem(await call(readRoute.POST, { method: 'POST', path: '/api/notifications/read', headers: auth, unchecked: body }), 400);
    expect(bad.errors).toBeTruthy();
  }
  expectProblem(await call(listRoute.GET, { path: '/api/notifications?unread=maybe', headers: auth }), 400);
  expect((await call(listRoute.GET, { path: '/api/notifications?unread=true', headers: auth })).body.unreadCount).toBe(2);

  const read = await call(readRoute.POST, { method: 'POST', path: '/api/notifications/read', headers: auth, body: { ids: [first!.id] } });
  expect(read).toMatchObject({ status: 200, body: { unreadCount: 1 } });
  const all = await call(readRoute.POST, { method: 'POST', path: '/api/notifications/read', headers: auth, body: { all: true } });
  expect(all.body).toEqual({ unreadCount: 0 });
});

it('pushes notification:new to the user’s sockets only, and read counts to their other tabs', async () => {
  const [me, other] = [await createUser(), await createUser()];
  const [tab1, tab2, stranger] = [await sockets.client(me), await sockets.client(me), await sockets.client(other)];

  const arrived = Promise.all([next(tab1, 'notification:new'), next(tab2, 'notification:new')]);
  const quiet = silence(stranger, 'notification:new');
  const rows = await getDb().transaction((tx) => notify(tx, [{ userId: me.id, type: 'game_full', title: '모집 완료', link: '/games/7' }]));
  const [a, b] = await arrived;
  expect(a).toMatchObject({ id: rows[0]!.id, type: 'game_full', title: '모집 완료', link: '/games/7', isRead: false });
  expect(a).not.toHaveProperty('userId');
  expect(b).toEqual(a);
  await quiet;

  const counted = next(tab2, 'notification:read');
  await call(readRoute.POST, { method: 'POST', path: '/api/notifications/read', headers: await bearerFor(me), body: { all: true } });
  expect(await counted).toEqual({ unreadCount: 0 });
});

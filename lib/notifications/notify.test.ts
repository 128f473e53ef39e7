import { expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { createUser } from '@/tests/support/factories';
import { markRead } from './mutations';
import { notify } from './notify';
import { listNotifications, unreadCount } from './queries';

it('writes rows inside the caller transaction: a rollback leaves none', async () => {
  const user = await createUser();
  await expect(
    getDb().transaction(async (tx) => {
      await notify(tx, [{ userId: user.id, type: 'game_joined', title: '참가' }]);
      throw new Error('rollback');
    }),
  ).rejects.toThrow('rollback');
  expect(await unreadCount(getDb(), user.id)).toBe(0);
});

it('a dedupeKey notifies each user once however often the job runs', async () => {
  const [a, b] = [await createUser(), await createUser()];
  const items = [a, b].map((u) => ({ userId: u.id, type: 'game_reminder' as const, title: '2시간 뒤 경기', dedupeKey: 'game:1:reminder' }));
  const first = await notify(getDb(), items);
  const again = await Promise.all([notify(getDb(), items), notify(getDb(), items)]);
  expect(first.map((n) => n.userId).sort()).toEqual([a.id, b.id].sort());
  expect(again.flat()).toEqual([]);
  expect(await unreadCount(getDb(), a.id)).toBe(1);
  // Without a key every call is a new notification.
  await notify(getDb(), [{ userId: a.id, type: 'game_joined', title: '참가' }, { userId: a.id, type: 'game_joined', title: '참가' }]);
  expect(await unreadCount(getDb(), a.id)).toBe(3);
});

it('lists newest first with totals, filters unread, and marks only the reader’s own rows', async () => {
  const [me, other] = [await createUser(), await createUser()];
  const mine = await notify(
    getDb(),
    [1, 2, 3].map((i) => ({ userId: me.id, type: 'game_joined' as const, title: `알림 ${i}`, link: `/games/${i}` })),
  );
  const [theirs] = await notify(getDb(), [{ userId: other.id, type: 'game_joined', title: '남의 알림' }]);

  const page = await listNotifications(getDb(), me.id, { page: 1, size: 2 });
  expect(page.items.map((n) => n.title)).toEqual(['알림 3', '알림 2']);
  expect(page.page).toMatchObject({ total: 3, totalPages: 2, next: 2 });
  expect(page.unreadCount).toBe(3);
  expect(page.items[0]).toMatchObject({ type: 'game_joined', link: '/games/3', isRead: false, readAt: null, body: null });

  expect(await markRead(getDb(), me.id, { ids: [mine[0]!.id, theirs!.id] })).toBe(2);
  expect(await unreadCount(getDb(), other.id)).toBe(1);
  const unread = await listNotifications(getDb(), me.id, { unread: true, page: 1, size: 20 });
  expect(unread.items.map((n) => n.title)).toEqual(['알림 3', '알림 2']);

  expect(await markRead(getDb(), me.id, { all: true })).toBe(0);
  const past = await listNotifications(getDb(), me.id, { unread: true, page: 5, size: 20 });
  expect(past).toMatchObject({ items: [], unreadCount: 0, page: { total: 0 } });
  const read = await listNotifications(getDb(), me.id, { page: 1, size: 20 });
  expect(read.items.every((n) => n.isRead && n.readAt)).toBe(true);
});

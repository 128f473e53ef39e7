import { expect, it } from 'vitest';
import * as postRoute from '@/app/api/community/posts/[id]/route';
import type { CommunityPresence } from '@/lib/realtime/events';
import { createCommunityPost } from '../support/community';
import { bearerFor, createUser } from '../support/factories';
import { call } from '../support/http';
import { next, silence, socketServerPerTest, type TestSocket } from '../support/sockets';

const sockets = socketServerPerTest();

const watch = (socket: TestSocket, postId: number) => socket.timeout(5000).emitWithAck('community:watch', { postId });

/** The next presence of that post whose count is `count` (earlier broadcasts may still be in flight). */
async function presence(socket: TestSocket, postId: number, count: number): Promise<CommunityPresence> {
  for (;;) {
    const p = await next(socket, 'community:presence');
    if (p.postId === postId && p.count === count) return p;
  }
}

it('counts readers once per user: two tabs of one user are one reader, a second user makes two', async () => {
  const post = await createCommunityPost(await createUser());
  const alice = await createUser({ username: '앨리스' });
  const bob = await createUser({ username: '밥' });
  const tab1 = await sockets.client(alice);
  const tab2 = await sockets.client(alice);

  const first = await watch(tab1, post.id);
  expect(first).toMatchObject({ ok: true, presence: { postId: post.id, count: 1, users: [{ id: alice.id, username: '앨리스' }] } });
  expect(await watch(tab2, post.id)).toMatchObject({ ok: true, presence: { count: 1 } });

  const seenByAlice = presence(tab1, post.id, 2);
  const bobTab = await sockets.client(bob);
  expect(await watch(bobTab, post.id)).toMatchObject({ ok: true, presence: { count: 2 } });
  expect((await seenByAlice).users.map((u) => u.id).sort()).toEqual([alice.id, bob.id].sort());

  // One of Alice's tabs closing leaves her reading; Bob leaving leaves one reader.
  const afterTab = next(bobTab, 'community:presence');
  tab2.disconnect();
  expect(await afterTab).toMatchObject({ count: 2 });
  const afterBob = presence(tab1, post.id, 1);
  expect(await bobTab.timeout(5000).emitWithAck('community:unwatch', { postId: post.id })).toEqual({ ok: true });
  expect((await afterBob).users).toEqual([{ id: alice.id, username: '앨리스' }]);
});

it('talk reaches the post’s readers only, is validated, and needs the post open', async () => {
  const post = await createCommunityPost(await createUser());
  const other = await createCommunityPost(await createUser());
  const speaker = await sockets.client(await createUser());
  const reader = await sockets.client(await createUser());
  const elsewhere = await sockets.client(await createUser());
  await watch(speaker, post.id);
  await watch(reader, post.id);
  await watch(elsewhere, other.id);

  expect(await speaker.timeout(5000).emitWithAck('community:say', { postId: other.id, body: '몰래' })).toMatchObject({ ok: false, status: 403 });
  expect(await speaker.timeout(5000).emitWithAck('community:say', { postId: post.id, body: 'x'.repeat(501) })).toMatchObject({ ok: false, status: 400 });
  expect(await speaker.timeout(5000).emitWithAck('community:say', { postId: post.id, body: '   ' })).toMatchObject({ ok: false, status: 400 });

  const heard = next(reader, 'community:message');
  const quiet = silence(elsewhere, 'community:message');
  expect(await speaker.timeout(5000).emitWithAck('community:say', { postId: post.id, body: ' 안녕하세요 ' })).toEqual({ ok: true });
  expect(await heard).toMatchObject({ postId: post.id, body: '안녕하세요', id: expect.any(String), sentAt: expect.any(String) });
  await quiet;

  // A burst beyond the light limit is refused with 429.
  const burst = await Promise.all(Array.from({ length: 6 }, () => speaker.timeout(5000).emitWithAck('community:say', { postId: post.id, body: '도배' })));
  expect(burst.some((r) => !r.ok && r.status === 429)).toBe(true);

  expect(await watch(speaker, 999_999)).toMatchObject({ ok: false, status: 404 });
  expect(await speaker.timeout(5000).emitWithAck('community:watch', { postId: 'x' } as never)).toMatchObject({ ok: false, status: 400 });
});

it('deleting the post tells its readers and takes them out of the room', async () => {
  const author = await createUser();
  const post = await createCommunityPost(author);
  const reader = await sockets.client(await createUser());
  await watch(reader, post.id);
  const deleted = next(reader, 'community:deleted');
  expect((await call(postRoute.DELETE, { method: 'DELETE', headers: await bearerFor(author), params: { id: String(post.id) } })).status).toBe(204);
  expect(await deleted).toEqual({ postId: post.id });
  await expect.poll(async () => (await sockets.io.in(`community:${post.id}`).fetchSockets()).length).toBe(0);
});

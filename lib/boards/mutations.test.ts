import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { chatMessages, chatRooms, mealPosts } from '@/db/schema';
import { joinRoom, leaveRoom } from '@/lib/chat/mutations';
import { flushEvents } from '@/lib/events/dispatcher';
import { createTestPost } from '@/tests/support/boards';
import { CHEONGUN, createUser } from '@/tests/support/factories';
import { completePost, deletePost, reopenPost, updatePost } from './mutations';
import { getPost, listPosts } from './queries';

const JEJU_OTHER_DONG = '5011059000'; // 제주시, not 용담2동

describe('meal posts', () => {
  it('creates the post with its chat room, the author seated', async () => {
    const author = await createUser();
    const post = await createTestPost(author, { targetNumber: 3 });
    expect(post).toMatchObject({
      targetNumber: 3, joinNumber: 1, isComplete: false, isJoined: true,
      author: { id: author.id }, neighbourhood: { code: author.neighbourhoodCode, dong: '용담2동' },
    });
    const [room] = await getDb().select().from(chatRooms).where(eq(chatRooms.id, post.chatRoomId));
    expect(room).toMatchObject({ kind: 'post', ownerId: author.id, capacity: 3, memberCount: 1 });
  });

  it('lists the dong by default, the sigungu on request, by category, newest first, paginated', async () => {
    const me = await createUser();
    const jejuNeighbour = await createUser({ neighbourhoodCode: JEJU_OTHER_DONG });
    const seoul = await createUser({ neighbourhoodCode: CHEONGUN });
    const first = await createTestPost(me, { title: '첫 글' });
    const pizza = await createTestPost(me, { title: '피자', category: '피자' });
    const nearby = await createTestPost(jejuNeighbour, { title: '옆 동네' });
    await createTestPost(seoul, { title: '서울' });

    const dong = await listPosts(getDb(), me, { scope: 'dong', page: 1, size: 10 });
    expect(dong.items.map((p) => p.id)).toEqual([pizza.id, first.id]);
    const sigungu = await listPosts(getDb(), me, { scope: 'sigungu', page: 1, size: 10 });
    expect(sigungu.items.map((p) => p.id)).toEqual([nearby.id, pizza.id, first.id]);
    const pizzas = await listPosts(getDb(), me, { scope: 'dong', category: '피자', page: 1, size: 10 });
    expect(pizzas.items.map((p) => p.title)).toEqual(['피자']);
    const paged = await listPosts(getDb(), me, { scope: 'sigungu', page: 2, size: 2 });
    expect(paged.items.map((p) => p.id)).toEqual([first.id]);
    // prev and next jump a window of ten pages: both pages are in the first window.
    expect(paged.page).toMatchObject({ current: 2, total: 3, totalPages: 2, range: [1, 2], prev: null, next: null });
  });

  it('lets only the author edit, and never below the joined count', async () => {
    const author = await createUser();
    const other = await createUser();
    const post = await createTestPost(author, { targetNumber: 4 });
    await joinRoom(getDb(), other, post.chatRoomId);
    await joinRoom(getDb(), await createUser(), post.chatRoomId);
    await expect(updatePost(getDb(), other, post.id, { title: '남의 글' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updatePost(getDb(), author, post.id, { targetNumber: 2 })).rejects.toMatchObject({
      code: 'conflict', extra: { fields: { targetNumber: expect.any(Array) } },
    });
    const updated = await updatePost(getDb(), author, post.id, { targetNumber: 3, title: '족발 같이' });
    expect(updated).toMatchObject({ targetNumber: 3, joinNumber: 3, isComplete: true, title: '족발 같이' });
  });

  it('deletes the post with its room and messages, author only', async () => {
    const author = await createUser();
    const other = await createUser();
    const post = await createTestPost(author);
    await expect(deletePost(getDb(), other, post.id)).rejects.toMatchObject({ code: 'forbidden' });
    await deletePost(getDb(), author, post.id);
    await expect(getPost(getDb(), post.id, author.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await getDb().select({ n: count() }).from(chatRooms).where(eq(chatRooms.id, post.chatRoomId)))[0]!.n).toBe(0);
    expect((await getDb().select({ n: count() }).from(chatMessages).where(eq(chatMessages.roomId, post.chatRoomId)))[0]!.n).toBe(0);
    expect((await getDb().select({ n: count() }).from(mealPosts))[0]!.n).toBe(0);
  });

  it('completes and reopens by the author; a full post cannot reopen', async () => {
    const author = await createUser();
    const post = await createTestPost(author, { targetNumber: 2 });
    expect((await completePost(getDb(), author, post.id)).isComplete).toBe(true);
    await expect(joinRoom(getDb(), await createUser(), post.chatRoomId)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'complete' } });
    expect((await reopenPost(getDb(), author, post.id)).isComplete).toBe(false);
    await joinRoom(getDb(), await createUser(), post.chatRoomId);
    expect((await getPost(getDb(), post.id, null)).isComplete).toBe(true);
    await expect(reopenPost(getDb(), author, post.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reopens a post that filled up when someone leaves, but not one the author closed', async () => {
    const author = await createUser();
    const guest = await createUser();
    const post = await createTestPost(author, { targetNumber: 2 });
    await joinRoom(getDb(), guest, post.chatRoomId);
    expect((await getPost(getDb(), post.id, null)).isComplete).toBe(true);
    await leaveRoom(getDb(), guest, post.chatRoomId);
    // The shared post page learns of the leave from its event, as a request would have waited for.
    await flushEvents();
    expect((await getPost(getDb(), post.id, null))).toMatchObject({ isComplete: false, joinNumber: 1 });

    const closed = await createTestPost(author, { targetNumber: 3 });
    await joinRoom(getDb(), guest, closed.chatRoomId);
    await completePost(getDb(), author, closed.id);
    await leaveRoom(getDb(), guest, closed.chatRoomId);
    expect((await getPost(getDb(), closed.id, null)).isComplete).toBe(true);
  });

  it('seats exactly four of twenty concurrent joiners on a five-person post, then completes it', async () => {
    const author = await createUser();
    const post = await createTestPost(author, { targetNumber: 5 });
    const joiners = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    const results = await Promise.allSettled(joiners.map((u) => joinRoom(getDb(), u, post.chatRoomId)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    const reasons = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    expect(reasons.every((e) => e.code === 'conflict')).toBe(true);
    expect(await getPost(getDb(), post.id, null)).toMatchObject({ joinNumber: 5, isComplete: true });
  });
});

import { describe, expect, it } from 'vitest';
import * as postsRoute from '@/app/api/posts/route';
import * as postRoute from '@/app/api/posts/[id]/route';
import * as membersRoute from '@/app/api/chat/rooms/[id]/members/route';
import { createTestPost } from '../support/boards';
import { bearerFor, createUser } from '../support/factories';
import { call } from '../support/http';
import { countStatements } from '../support/statements';

const list = async (headers: Record<string, string>) => (await call(postsRoute.GET, { path: '/api/posts', headers })).body;

describe('the shared board page (board-cache.ts)', () => {
  it('serves a page loaded by one neighbour to the next with their own isJoined, in fewer statements', async () => {
    const author = await createUser();
    const post = await createTestPost(author);
    const authorHeaders = await bearerFor(author);
    const neighbour = await bearerFor(await createUser());

    const first = await countStatements(async () => expect((await list(authorHeaders)).items[0]).toMatchObject({ id: post.id, isJoined: true }));
    const second = await countStatements(async () => expect((await list(neighbour)).items[0]).toMatchObject({ id: post.id, isJoined: false }));
    // Cold: user + page + count; warm: user + the viewer's memberships.
    expect(first).toBe(3);
    expect(second).toBe(2);
  });

  it("shows a writer's own writes at once (a new post, a join, an edit, a deletion); neighbours at the latest after one reload, a deletion at once", async () => {
    const author = await createUser();
    const headers = await bearerFor(author);
    const neighbour = await createUser();
    const neighbourHeaders = await bearerFor(neighbour);
    const ids = async (h: Record<string, string>) => (await list(h)).items.map((p: { id: number }) => p.id);
    expect(await ids(neighbourHeaders)).toEqual([]);
    expect(await ids(headers)).toEqual([]);

    const created = await call(postsRoute.POST, {
      method: 'POST', path: '/api/posts', headers,
      body: { title: '피자 반반', category: '피자', targetNumber: 3, content: '라지 한 판' },
    });
    expect(await ids(headers)).toEqual([created.body.id]);
    // The first reader after a change reloads; one arriving while that load runs gets the page from before.
    await expect.poll(() => ids(neighbourHeaders)).toEqual([created.body.id]);

    await call(membersRoute.POST, { method: 'POST', headers: neighbourHeaders, params: { id: String(created.body.chatRoomId) } });
    expect((await list(neighbourHeaders)).items[0]).toMatchObject({ joinNumber: 2, isJoined: true });
    await expect.poll(async () => (await list(headers)).items[0]?.joinNumber).toBe(2);

    await call(postRoute.PATCH, { method: 'PATCH', headers, params: { id: String(created.body.id) }, body: { title: '피자 세 판' } });
    expect((await list(headers)).items[0]).toMatchObject({ title: '피자 세 판' });
    await expect.poll(async () => (await list(neighbourHeaders)).items[0]).toMatchObject({ title: '피자 세 판', isJoined: true });

    await call(postRoute.DELETE, { method: 'DELETE', headers, params: { id: String(created.body.id) } });
    expect(await ids(headers)).toEqual([]);
    // A removal is never served stale.
    expect(await ids(neighbourHeaders)).toEqual([]);
  });
});

describe('board pages past the end', () => {
  it('still report the total', async () => {
    const author = await createUser();
    await createTestPost(author);
    const res = await call(postsRoute.GET, { path: '/api/posts?page=3', headers: await bearerFor(author) });
    expect(res.body).toMatchObject({ items: [], page: { current: 3, total: 1, totalPages: 1, prev: null, next: null } });
  });
});

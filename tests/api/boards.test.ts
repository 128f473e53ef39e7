import { describe, expect, it } from 'vitest';
import * as postsRoute from '@/app/api/posts/route';
import * as postRoute from '@/app/api/posts/[id]/route';
import * as completeRoute from '@/app/api/posts/[id]/complete/route';
import * as reopenRoute from '@/app/api/posts/[id]/reopen/route';
import * as membersRoute from '@/app/api/chat/rooms/[id]/members/route';
import { createTestPost } from '../support/boards';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

const body = { title: '족발 반반 하실 분', category: '족발,보쌈', targetNumber: 3, content: '7시에 주문해요' };

describe('/api/posts', () => {
  it('creates a post (201) and reads it back with its counters', async () => {
    const author = await createUser();
    const res = await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers: await bearerFor(author), unchecked: body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...body, joinNumber: 1, isComplete: false, isJoined: true, chatRoomId: expect.any(Number), author: { id: author.id } });
    const other = await createUser();
    const read = await call(postRoute.GET, { headers: await bearerFor(other), params: { id: String(res.body.id) } });
    expect(read.body).toMatchObject({ id: res.body.id, isJoined: false });
  });

  it('401 anonymous, 400 with field errors for bad input, nothing created', async () => {
    const author = await createUser();
    expectProblem(await call(postsRoute.GET, { path: '/api/posts' }), 401);
    expectProblem(await call(postsRoute.POST, { method: 'POST', path: '/api/posts', unchecked: body }), 401);
    const bad = await call(postsRoute.POST, {
      method: 'POST', path: '/api/posts', headers: await bearerFor(author),
      unchecked: { title: '', category: '라면', targetNumber: 11, content: 'x'.repeat(2001) },
    });
    expect(Object.keys(expectProblem(bad, 400).errors!).sort()).toEqual(['category', 'content', 'targetNumber', 'title']);
    expectProblem(await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers: await bearerFor(author), unchecked: { ...body, targetNumber: '3' } }), 400);
    const list = await call(postsRoute.GET, { path: '/api/posts', headers: await bearerFor(author) });
    expect(list.body.items).toEqual([]);
    expectProblem(await call(postsRoute.GET, { path: '/api/posts?scope=world', headers: await bearerFor(author) }), 400);
    expectProblem(await call(postsRoute.GET, { path: '/api/posts?page=0', headers: await bearerFor(author) }), 400);
  });

  it('lists my dong with pagination metadata', async () => {
    const author = await createUser();
    const headers = await bearerFor(author);
    // Written directly: more than the API's per-user posting limit allows in a row.
    for (let i = 0; i < 12; i++) await createTestPost(author, { title: `글 ${i}` });
    const res = await call(postsRoute.GET, { path: '/api/posts?page=2', headers });
    expect(res.body.items.map((p: { title: string }) => p.title)).toEqual(['글 1', '글 0']);
    // The meal board's 이전/다음 jump windows of ten pages; both pages are in the one window.
    expect(res.body.page).toEqual({ current: 2, size: 10, total: 12, totalPages: 2, range: [1, 2], prev: null, next: null });
    const windowOf = async (qs: string) => (await call(postsRoute.GET, { path: `/api/posts?${qs}`, headers })).body.page;
    expect(await windowOf('size=1&page=2')).toMatchObject({ range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], prev: null, next: 12 });
    expect(await windowOf('size=1&page=12')).toMatchObject({ range: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], prev: 2, next: null });
    expect(await windowOf('size=1&page=7')).toMatchObject({ range: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], prev: 1, next: 12 });
  });

  it("lets only the author change, complete, reopen or delete (403), 404 for unknown posts", async () => {
    const author = await createUser();
    const other = await createUser();
    const id = (await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers: await bearerFor(author), unchecked: body })).body.id;
    const params = { id: String(id) };
    const them = await bearerFor(other);
    expectProblem(await call(postRoute.PATCH, { method: 'PATCH', headers: them, params, body: { title: '뺏기' } }), 403);
    expectProblem(await call(postRoute.DELETE, { method: 'DELETE', headers: them, params }), 403);
    expectProblem(await call(completeRoute.POST, { method: 'POST', headers: them, params }), 403);
    expectProblem(await call(reopenRoute.POST, { method: 'POST', headers: them, params }), 403);
    expectProblem(await call(postRoute.GET, { headers: them, params: { id: '424242' } }), 404);
    expectProblem(await call(postRoute.GET, { headers: them, params: { id: 'x' } }), 400);

    const mine = await cookieFor(author);
    expect((await call(completeRoute.POST, { method: 'POST', headers: mine, params })).body.isComplete).toBe(true);
    expect((await call(reopenRoute.POST, { method: 'POST', headers: mine, params })).body.isComplete).toBe(false);
    expect((await call(postRoute.PATCH, { method: 'PATCH', headers: mine, params, body: { content: '8시로 바꿔요' } })).body.content).toBe('8시로 바꿔요');
    expectProblem(await call(postRoute.PATCH, { method: 'PATCH', headers: mine, params, unchecked: { authorId: other.id } }), 400);
    expect((await call(postRoute.DELETE, { method: 'DELETE', headers: mine, params })).status).toBe(204);
    expectProblem(await call(postRoute.GET, { headers: mine, params }), 404);
  });

  it('409 when lowering targetNumber below joinNumber or reopening a full post', async () => {
    const author = await createUser();
    const headers = await bearerFor(author);
    const post = (await call(postsRoute.POST, { method: 'POST', path: '/api/posts', headers, unchecked: { ...body, targetNumber: 2 } })).body;
    const guest = await createUser();
    expect((await call(membersRoute.POST, { method: 'POST', headers: await bearerFor(guest), params: { id: String(post.chatRoomId) } })).status).toBe(201);
    const params = { id: String(post.id) };
    expect((await call(postRoute.GET, { headers, params })).body).toMatchObject({ joinNumber: 2, isComplete: true });
    expectProblem(await call(reopenRoute.POST, { method: 'POST', headers, params }), 409);
    const third = await createUser();
    expect(expectProblem(await call(membersRoute.POST, { method: 'POST', headers: await bearerFor(third), params: { id: String(post.chatRoomId) } }), 409).reason).toBe('full');
  });
});

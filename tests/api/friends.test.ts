import { describe, expect, it } from 'vitest';
import * as friendsRoute from '@/app/api/friends/route';
import * as friendRoute from '@/app/api/friends/[userId]/route';
import * as usersRoute from '@/app/api/users/route';
import * as userRoute from '@/app/api/users/[id]/route';
import * as meRoute from '@/app/api/users/me/route';
import * as blockRoute from '@/app/api/users/[id]/block/route';
import * as blocksRoute from '@/app/api/users/me/blocks/route';
import * as directRoute from '@/app/api/chat/direct/route';
import * as roomRoute from '@/app/api/chat/rooms/[id]/route';
import * as roomsRoute from '@/app/api/chat/rooms/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import * as messageRoute from '@/app/api/chat/rooms/[id]/messages/[messageId]/route';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

async function people() {
  const a = await createUser({ username: '친구찾기' });
  const b = await createUser();
  const c = await createUser();
  return { a, b, c, auth: { a: await bearerFor(a), b: await bearerFor(b), c: await bearerFor(c) } };
}

describe('friends API', () => {
  it('adds (201), lists with isMutual and presence, refuses 404/400/409, removes (204, then 404); 401 anonymous', async () => {
    const { a, b, auth } = await people();
    const added = await call(friendsRoute.POST, { method: 'POST', headers: auth.a, body: { email: b.email } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ user: { id: b.id }, isMutual: false, presence: { online: false, lastSeenAt: null } });
    expectProblem(await call(friendsRoute.POST, { method: 'POST', headers: auth.a, body: { email: 'nobody@dongne.test' } }), 404);
    expect(expectProblem(await call(friendsRoute.POST, { method: 'POST', headers: auth.a, body: { email: a.email } }), 400).errors).toHaveProperty('email');
    expectProblem(await call(friendsRoute.POST, { method: 'POST', headers: auth.a, body: { email: b.email } }), 409);
    expectProblem(await call(friendsRoute.POST, { method: 'POST', headers: auth.a, body: { email: 'not-an-email' } }), 400);
    expectProblem(await call(friendsRoute.POST, { method: 'POST', headers: auth.a, body: {} }), 400);
    await call(friendsRoute.POST, { method: 'POST', headers: auth.b, body: { userId: a.id } });
    const list = await call(friendsRoute.GET, { headers: auth.a });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ user: expect.objectContaining({ id: b.id }), isMutual: true, status: 'available' })]);
    expect(list.body.page).toMatchObject({ current: 1, total: 1 });
    const params = { userId: String(b.id) };
    expect((await call(friendRoute.DELETE, { method: 'DELETE', headers: auth.a, params })).status).toBe(204);
    expectProblem(await call(friendRoute.DELETE, { method: 'DELETE', headers: auth.a, params }), 404);
    expectProblem(await call(friendRoute.DELETE, { method: 'DELETE', headers: auth.a, params: { userId: 'x' } }), 400);
    expectProblem(await call(friendsRoute.GET, {}), 401);
    expectProblem(await call(friendsRoute.POST, { method: 'POST', body: { email: b.email } }), 401);
  });

  it('refuses a cookie-authenticated add from another site (CSRF)', async () => {
    const { b } = await people();
    const a = await createUser();
    const cookie = await cookieFor(a);
    expectProblem(await call(friendsRoute.POST, { method: 'POST', headers: { ...cookie, origin: 'https://evil.example' }, body: { email: b.email } }), 403);
  });

  it('search leaves out deleted users and users who blocked me', async () => {
    const { a, b, auth } = await people();
    await createUser({ username: '친구찾기탈퇴', isActive: false });
    const search = () => call(usersRoute.GET, { headers: auth.b, path: '/api/users?q=친구찾기' });
    expect((await search()).body.items.map((u: { id: number }) => u.id)).toEqual([a.id]);
    expect((await call(blockRoute.POST, { method: 'POST', headers: auth.a, params: { id: String(b.id) } })).status).toBe(201);
    expect((await search()).body.items).toEqual([]);
    expectProblem(await call(usersRoute.GET, { headers: auth.b, path: '/api/users?q=x' }), 400);
    expectProblem(await call(usersRoute.GET, { path: '/api/users?q=친구' }), 401);
  });

  it('blocks (201, 409 twice, 400 myself, 404 unknown), lists blocks, unblocks (204, then 404)', async () => {
    const { a, b, auth } = await people();
    const params = { id: String(b.id) };
    const blocked = await call(blockRoute.POST, { method: 'POST', headers: auth.a, params });
    expect(blocked.status).toBe(201);
    expect(blocked.body).toMatchObject({ userId: b.id });
    expectProblem(await call(blockRoute.POST, { method: 'POST', headers: auth.a, params }), 409);
    expectProblem(await call(blockRoute.POST, { method: 'POST', headers: auth.a, params: { id: String(a.id) } }), 400);
    expectProblem(await call(blockRoute.POST, { method: 'POST', headers: auth.a, params: { id: '999999' } }), 404);
    expect((await call(blocksRoute.GET, { headers: auth.a })).body.items).toEqual([expect.objectContaining({ user: expect.objectContaining({ id: b.id }) })]);
    // Blocked: no direct room either way (403).
    expectProblem(await call(directRoute.POST, { method: 'POST', headers: auth.b, body: { userId: a.id } }), 403);
    expectProblem(await call(directRoute.POST, { method: 'POST', headers: auth.a, body: { userId: b.id } }), 403);
    expect((await call(blockRoute.DELETE, { method: 'DELETE', headers: auth.a, params })).status).toBe(204);
    expectProblem(await call(blockRoute.DELETE, { method: 'DELETE', headers: auth.a, params }), 404);
    expectProblem(await call(blockRoute.POST, { method: 'POST', params }), 401);
  });
});

describe('profiles API', () => {
  it('edits bio (≤ 160), status and privacy; a private profile shows the nickname alone to others', async () => {
    const { a, b, c, auth } = await people();
    const patched = await call(meRoute.PATCH, { method: 'PATCH', headers: auth.a, body: { bio: '동네 산책 좋아해요', status: 'away', isPrivate: true } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ bio: '동네 산책 좋아해요', status: 'away', isPrivate: true });
    expect(expectProblem(await call(meRoute.PATCH, { method: 'PATCH', headers: auth.a, body: { bio: '가'.repeat(161) } }), 400).errors).toHaveProperty('bio');
    expect(expectProblem(await call(meRoute.PATCH, { method: 'PATCH', headers: auth.a, unchecked: { status: 'sleeping' } }), 400).errors).toHaveProperty('status');
    expectProblem(await call(meRoute.PATCH, { method: 'PATCH', headers: auth.a, unchecked: { isPrivate: 'yes' } }), 400);

    await call(friendsRoute.POST, { method: 'POST', headers: auth.a, body: { userId: b.id } });
    const params = { id: String(a.id) };
    const forFriend = await call(userRoute.GET, { headers: auth.b, params });
    expect(forFriend.body).toMatchObject({ username: a.username, isVisible: true, bio: '동네 산책 좋아해요', status: 'away', neighbourhood: { code: a.neighbourhoodCode } });
    const forOther = await call(userRoute.GET, { headers: auth.c, params });
    expect(forOther.body).toMatchObject({ username: a.username, isVisible: false, bio: null, status: null, neighbourhood: null, createdAt: null });
    const anonymous = await call(userRoute.GET, { params });
    expect(anonymous.body).toMatchObject({ isVisible: false, bio: null, isFriend: false });
    expect(forOther.body).not.toHaveProperty('email');
    expect((await call(userRoute.GET, { headers: auth.c, params: { id: String(c.id) } })).body).toMatchObject({ isVisible: true });
  });
});

describe('direct messages API', () => {
  it('opens the pair\'s room (201, then 200 from either side), lists it by the other\'s name; a third user gets 404/403', async () => {
    const { a, b, auth } = await people();
    const opened = await call(directRoute.POST, { method: 'POST', headers: auth.a, body: { userId: b.id } });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ kind: 'direct', title: b.username, peer: { user: { id: b.id } } });
    const again = await call(directRoute.POST, { method: 'POST', headers: auth.b, body: { userId: a.id } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: opened.body.id, title: a.username });
    expectProblem(await call(directRoute.POST, { method: 'POST', headers: auth.a, body: { userId: a.id } }), 400);
    expectProblem(await call(directRoute.POST, { method: 'POST', headers: auth.a, body: { userId: 999_999 } }), 404);
    expectProblem(await call(directRoute.POST, { method: 'POST', headers: auth.a, unchecked: { userId: 'b' } }), 400);
    expectProblem(await call(directRoute.POST, { method: 'POST', body: { userId: b.id } }), 401);

    const params = { id: String(opened.body.id) };
    await call(messagesRoute.POST, { method: 'POST', headers: auth.a, params, body: { body: '안녕하세요' } });
    const rooms = await call(roomsRoute.GET, { headers: auth.b });
    expect(rooms.body.items).toEqual([expect.objectContaining({ id: opened.body.id, kind: 'direct', title: a.username, unreadCount: 1 })]);
    expectProblem(await call(roomRoute.GET, { headers: auth.c, params }), 404);
    expectProblem(await call(messagesRoute.GET, { headers: auth.c, params }), 403);
    expectProblem(await call(messagesRoute.POST, { method: 'POST', headers: auth.c, params, body: { body: '저도요' } }), 403);
  });

  it('deletes my own message (204), not someone else\'s (403); unknown is 404', async () => {
    const { a, b, auth } = await people();
    const opened = await call(directRoute.POST, { method: 'POST', headers: auth.a, body: { userId: b.id } });
    const params = { id: String(opened.body.id) };
    const sent = await call(messagesRoute.POST, { method: 'POST', headers: auth.a, params, body: { body: '잘못 보냄' } });
    const msg = { ...params, messageId: String(sent.body.id) };
    expectProblem(await call(messageRoute.DELETE, { method: 'DELETE', headers: auth.b, params: msg }), 403);
    expectProblem(await call(messageRoute.DELETE, { method: 'DELETE', headers: auth.c, params: msg }), 403);
    expectProblem(await call(messageRoute.DELETE, { method: 'DELETE', headers: auth.a, params: { ...params, messageId: '999999' } }), 404);
    expectProblem(await call(messageRoute.DELETE, { method: 'DELETE', params: msg }), 401);
    expect((await call(messageRoute.DELETE, { method: 'DELETE', headers: auth.a, params: msg })).status).toBe(204);
    const history = await call(messagesRoute.GET, { headers: auth.b, params });
    expect(history.body.items.at(-1)).toMatchObject({ id: sent.body.id, body: '삭제된 메시지입니다', isDeleted: true, user: { id: a.id } });
  });
});

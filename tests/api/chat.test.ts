import { describe, expect, it } from 'vitest';
import * as roomsRoute from '@/app/api/chat/rooms/route';
import * as roomRoute from '@/app/api/chat/rooms/[id]/route';
import * as membersRoute from '@/app/api/chat/rooms/[id]/members/route';
import * as leaveRoute from '@/app/api/chat/rooms/[id]/members/me/route';
import * as bansRoute from '@/app/api/chat/rooms/[id]/bans/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import * as readRoute from '@/app/api/chat/rooms/[id]/read/route';
import * as postRoute from '@/app/api/posts/[id]/route';
import { createTestPost } from '../support/boards';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';

async function setup() {
  const owner = await createUser();
  const guest = await createUser();
  const stranger = await createUser();
  const post = await createTestPost(owner, { targetNumber: 3 });
  const params = { id: String(post.chatRoomId) };
  const auth = { owner: await bearerFor(owner), guest: await bearerFor(guest), stranger: await bearerFor(stranger) };
  return { owner, guest, stranger, post, params, auth };
}

describe('chat API', () => {
  it('joins (201, then 200), lists members, leaves (204)', async () => {
    const { params, auth, guest } = await setup();
    const joined = await call(membersRoute.POST, { method: 'POST', headers: auth.guest, params });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ isMember: true, memberCount: 2, capacity: 3, kind: 'post' });
    expect((await call(membersRoute.POST, { method: 'POST', headers: auth.guest, params })).status).toBe(200);
    const members = await call(membersRoute.GET, { headers: auth.owner, params });
    expect(members.body.items.map((m: { user: { id: number } }) => m.user.id)).toContain(guest.id);
    expect((await call(leaveRoute.DELETE, { method: 'DELETE', headers: auth.guest, params })).status).toBe(204);
    expectProblem(await call(leaveRoute.DELETE, { method: 'DELETE', headers: auth.owner, params }), 409);
    expectProblem(await call(leaveRoute.DELETE, { method: 'DELETE', headers: auth.stranger, params }), 403);
  });

  it('keeps non-members out: 403 for history, members and sending; 404 for unknown rooms; 401 anonymous', async () => {
    const { params, auth } = await setup();
    expectProblem(await call(messagesRoute.GET, { headers: auth.stranger, params }), 403);
    expectProblem(await call(membersRoute.GET, { headers: auth.stranger, params }), 403);
    expectProblem(await call(messagesRoute.POST, { method: 'POST', headers: auth.stranger, params, body: { body: 'hi' } }), 403);
    expectProblem(await call(messagesRoute.GET, { headers: auth.stranger, params: { id: '999999' } }), 404);
    expectProblem(await call(messagesRoute.GET, { params }), 401);
    expectProblem(await call(roomsRoute.GET, {}), 401);
  });

  it('sends (201, replay 200), pages history and tracks reads', async () => {
    const { params, auth } = await setup();
    await call(membersRoute.POST, { method: 'POST', headers: auth.guest, params });
    const sent = await call(messagesRoute.POST, { method: 'POST', headers: auth.owner, params, body: { body: '7시 괜찮아요?', clientId: 'abc' } });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ body: '7시 괜찮아요?', kind: 'text', clientId: 'abc', roomId: Number(params.id) });
    const replay = await call(messagesRoute.POST, { method: 'POST', headers: auth.owner, params, body: { body: '7시 괜찮아요?', clientId: 'abc' } });
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(sent.body.id);
    expectProblem(await call(messagesRoute.POST, { method: 'POST', headers: auth.owner, params, body: { body: '   ' } }), 400);
    expectProblem(await call(messagesRoute.GET, { headers: auth.owner, params, path: '/x?limit=101' }), 400);

    const rooms = await call(roomsRoute.GET, { headers: auth.guest });
    expect(rooms.body.items[0]).toMatchObject({ id: Number(params.id), unreadCount: 1, lastMessage: { body: '7시 괜찮아요?' } });
    const read = await call(readRoute.POST, { method: 'POST', headers: auth.guest, params, body: { messageId: sent.body.id } });
    expect(read.body).toMatchObject({ unreadCount: 0, lastReadMessageId: sent.body.id });
    expectProblem(await call(readRoute.POST, { method: 'POST', headers: auth.guest, params, body: { messageId: 99999999 } }), 404);

    const history = await call(messagesRoute.GET, { headers: auth.guest, params, path: '/x?limit=2' });
    expect(history.body.items).toHaveLength(2);
    expect(history.body.nextCursor).toEqual(expect.any(Number));
    const first = (await call(messagesRoute.GET, { headers: auth.guest, params, path: '/x?limit=100' })).body.items[0]!;
    const forward = await call(messagesRoute.GET, { headers: auth.guest, params, path: `/x?after=${first.id}&limit=1` });
    expect(forward.body.items[0]!.id).toBeGreaterThan(first.id);
    expect(forward.body.nextCursor).toBe(forward.body.items[0]!.id);
  });

  it('bans: owner only (403), then the user can never rejoin (403) or read', async () => {
    const { params, auth, guest } = await setup();
    await call(membersRoute.POST, { method: 'POST', headers: auth.guest, params });
    expectProblem(await call(bansRoute.POST, { method: 'POST', headers: auth.guest, params, body: { userId: guest.id } }), 403);
    expectProblem(await call(bansRoute.POST, { method: 'POST', headers: auth.owner, params, unchecked: { userId: 'x' } }), 400);
    const banned = await call(bansRoute.POST, { method: 'POST', headers: auth.owner, params, body: { userId: guest.id } });
    expect(banned.status).toBe(201);
    expect(banned.body).toMatchObject({ roomId: Number(params.id), userId: guest.id });
    expectProblem(await call(membersRoute.POST, { method: 'POST', headers: auth.guest, params }), 403);
    expectProblem(await call(messagesRoute.GET, { headers: auth.guest, params }), 403);
    expect((await call(roomRoute.GET, { headers: auth.guest, params })).body).toMatchObject({ isBanned: true, isMember: false });
  });

  it('deletes the room (owner only), taking the post with it', async () => {
    const { params, auth, post } = await setup();
    expectProblem(await call(roomRoute.DELETE, { method: 'DELETE', headers: auth.stranger, params }), 404);
    await call(membersRoute.POST, { method: 'POST', headers: auth.guest, params });
    expectProblem(await call(roomRoute.DELETE, { method: 'DELETE', headers: auth.guest, params }), 403);
    expect((await call(roomRoute.DELETE, { method: 'DELETE', headers: auth.owner, params })).status).toBe(204);
    expectProblem(await call(roomRoute.GET, { headers: auth.owner, params }), 404);
    expectProblem(await call(postRoute.GET, { headers: auth.owner, params: { id: String(post.id) } }), 404);
  });
});

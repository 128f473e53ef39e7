import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase, getDb } from '@/db/client';
import * as chat from '@/lib/chat/mutations';
import { deletePost } from '@/lib/boards/mutations';
import { startDispatcher } from '@/lib/events/dispatcher';
import { createTestPost } from '@/tests/support/boards';
import { withoutWorkerDispatcher } from '@/tests/support/events';
import { createUser } from '@/tests/support/factories';
import { next, silence, startSocketServer } from '@/tests/support/sockets';

let sockets: Awaited<ReturnType<typeof startSocketServer>>;
beforeEach(async () => {
  sockets = await startSocketServer();
});
afterEach(async () => {
  await sockets.close();
});

async function room() {
  const owner = await createUser();
  const guest = await createUser();
  const post = await createTestPost(owner, { targetNumber: 4 });
  await chat.joinRoom(getDb(), guest, post.chatRoomId);
  return { owner, guest, post, roomId: post.chatRoomId };
}

/** A room whose owner (socket `a`) and guest (socket `b`) have both joined it. */
async function bothJoined() {
  const setup = await room();
  const a = await sockets.client(setup.owner);
  const b = await sockets.client(setup.guest);
  await a.emitWithAck('room:join', { roomId: setup.roomId });
  await b.emitWithAck('room:join', { roomId: setup.roomId });
  return { ...setup, a, b };
}

describe('chat over Socket.IO', () => {
  it('members join the room and get messages sent by others, persisted first', async () => {
    const { owner, guest, roomId } = await room();
    const a = await sockets.client(owner);
    const b = await sockets.client(guest);
    expect(await a.emitWithAck('room:join', { roomId })).toMatchObject({ ok: true });
    expect(await b.emitWithAck('room:join', { roomId })).toMatchObject({ ok: true });
    const received = next(b, 'message:new');
    const ack = await a.emitWithAck('message:send', { roomId, body: '주문할게요', clientId: 'k1' });
    expect(ack).toMatchObject({ ok: true, message: { body: '주문할게요', user: { id: owner.id } } });
    expect(await received).toMatchObject({ body: '주문할게요', clientId: 'k1' });

    // A retried send with the same clientId is the same message and is not broadcast again.
    const quiet = silence(b, 'message:new');
    const retry = await a.emitWithAck('message:send', { roomId, body: '주문할게요', clientId: 'k1' });
    expect(retry.ok && retry.message.id).toBe(ack.ok && ack.message.id);
    await quiet;
  });

  it("a send wakes this process's dispatcher itself (no NOTIFY for it, and the poll an hour away)", async () => {
    const { roomId, a, b } = await bothJoined();
    await withoutWorkerDispatcher(async () => {
      const dispatcher = startDispatcher(getDatabase(), { pollMs: 3_600_000 });
      try {
        const received = next(b, 'message:new');
        expect(await a.emitWithAck('message:send', { roomId, body: '깨워 주세요' })).toMatchObject({ ok: true });
        expect(await received).toMatchObject({ body: '깨워 주세요' });
      } finally {
        await dispatcher.stop();
      }
    });
  });

  it('refuses non-members at room:join and never sends them the room', async () => {
    const { owner, roomId } = await room();
    const stranger = await sockets.client(await createUser());
    expect(await stranger.emitWithAck('room:join', { roomId })).toMatchObject({ ok: false, status: 403 });
    expect(await stranger.emitWithAck('room:join', { roomId: 987654 })).toMatchObject({ ok: false, status: 404 });
    expect(await stranger.emitWithAck('message:send', { roomId, body: 'x' })).toMatchObject({ ok: false, status: 403 });
    expect(await stranger.emitWithAck('room:join', { roomId: 'nope' as never })).toMatchObject({ ok: false, status: 400 });
    const quiet = silence(stranger, 'message:new');
    await chat.sendMessage(getDb(), owner, roomId, { body: '비밀' });
    await quiet;
  });

  it('ban: the member is told, removed from the room, and refused by HTTP and socket from then on', async () => {
    const { owner, guest, roomId } = await room();
    const b = await sockets.client(guest);
    await b.emitWithAck('room:join', { roomId });
    const told = next(b, 'member:banned');
    await chat.banMember(getDb(), owner, roomId, guest.id);
    expect(await told).toMatchObject({ roomId, userId: guest.id });
    const quiet = silence(b, 'message:new');
    await chat.sendMessage(getDb(), owner, roomId, { body: '이제 못 봐요' });
    await quiet;
    expect(await b.emitWithAck('room:join', { roomId })).toMatchObject({ ok: false, status: 403 });
    await expect(chat.joinRoom(getDb(), guest, roomId)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('deleting the post removes the room and tells its members', async () => {
    const { owner, guest, post, roomId } = await room();
    const b = await sockets.client(guest);
    await b.emitWithAck('room:join', { roomId });
    const deleted = next(b, 'room:deleted');
    await deletePost(getDb(), owner, post.id);
    expect(await deleted).toEqual({ roomId });
    expect(sockets.io.of('/').adapter.rooms.get(`room:${roomId}`)).toBeUndefined();
  });

  it('joins, typing and read markers reach the right sockets', async () => {
    const { owner, guest, roomId, a, b } = await bothJoined();

    const typing = next(a, 'typing');
    await b.emitWithAck('typing', { roomId });
    expect(await typing).toMatchObject({ roomId, user: { id: guest.id } });

    const newcomer = await createUser();
    const joined = next(a, 'member:joined');
    const counts = next(a, 'post:updated');
    await chat.joinRoom(getDb(), newcomer, roomId);
    expect(await joined).toMatchObject({ roomId, user: { id: newcomer.id }, memberCount: 3 });
    expect(await counts).toMatchObject({ joinNumber: 3, isComplete: false });

    const sent = await chat.sendMessage(getDb(), owner, roomId, { body: '읽어 주세요' });
    const readEvent = next(b, 'room:read');
    expect(await b.emitWithAck('room:read', { roomId, messageId: sent.message.id })).toMatchObject({ ok: true, unreadCount: 0 });
    expect(await readEvent).toMatchObject({ roomId, lastReadMessageId: sent.message.id });
  });

  it('catches a reconnecting client up on what it missed', async () => {
    const { owner, guest, roomId } = await room();
    const first = await chat.sendMessage(getDb(), owner, roomId, { body: '하나' });
    await chat.sendMessage(getDb(), owner, roomId, { body: '둘' });
    await chat.sendMessage(getDb(), owner, roomId, { body: '셋' });
    const b = await sockets.client(guest);
    const ack = await b.emitWithAck('room:join', { roomId, afterId: first.message.id });
    expect(ack.ok && ack.missed.map((m) => m.body)).toEqual(['둘', '셋']);
    expect(ack.ok && ack.hasMore).toBe(false);
  });

  it('post:updated reaches sockets of the same 시군구 only', async () => {
    const author = await createUser();
    const neighbour = await sockets.client(await createUser({ neighbourhoodCode: '5011059000' }));
    const seoul = await sockets.client(await createUser({ neighbourhoodCode: '1111051500' }));
    const created = next(neighbour, 'post:updated');
    const post = await createTestPost(author);
    expect(await created).toMatchObject({ postId: post.id, joinNumber: 1 });
    const got = next(neighbour, 'post:updated');
    const quiet = silence(seoul, 'post:updated');
    await chat.joinRoom(getDb(), await createUser(), post.chatRoomId);
    expect(await got).toMatchObject({ postId: post.id, joinNumber: 2 });
    await quiet;
  });

  it('post:deleted reaches the 시군구 when the author deletes the room', async () => {
    const author = await createUser();
    const neighbour = await sockets.client(await createUser({ neighbourhoodCode: '5011059000' }));
    const seoul = await sockets.client(await createUser({ neighbourhoodCode: '1111051500' }));
    const post = await createTestPost(author);
    const got = next(neighbour, 'post:deleted');
    const quiet = silence(seoul, 'post:deleted');
    await chat.deleteRoom(getDb(), author, post.chatRoomId);
    expect(await got).toEqual({ postId: post.id });
    await quiet;
  });
});

describe('acks map failures like HTTP', () => {
  it('a NUL byte in a message is a 400 ack, not 500', async () => {
    const { owner, roomId } = await room();
    const a = await sockets.client(owner);
    await a.emitWithAck('room:join', { roomId });
    expect(await a.emitWithAck('message:send', { roomId, body: 'a\u0000b', clientId: 'nul' })).toMatchObject({ ok: false, status: 400 });
  });
});

describe('replies, reactions, edits and read counts live', () => {
  it('a reply over the socket, then message:reactions, message:updated and the read (room:reads) reach the room', async () => {
    const { owner, guest, roomId, a, b } = await bothJoined();
    const { message: original } = await chat.sendMessage(getDb(), owner, roomId, { body: '몇 시에 만나요?' });
    expect(original.unreadCount).toBe(1);
    const reply = await b.emitWithAck('message:send', { roomId, body: '7시요', clientId: 'r1', replyToId: original.id });
    expect(reply).toMatchObject({ ok: true, message: { replyTo: { id: original.id, body: '몇 시에 만나요?' } } });

    const reacted = next(a, 'message:reactions');
    const { setReaction } = await import('@/lib/chat/reactions');
    await setReaction(getDb(), guest, original.id, '👍', true);
    expect(await reacted).toEqual({ roomId, messageId: original.id, reactions: [{ emoji: '👍', count: 1, userIds: [guest.id] }] });

    const updated = next(b, 'message:updated');
    const { editMessage } = await import('@/lib/chat/edits');
    await editMessage(getDb(), owner, original.id, { body: '몇 시에 볼까요?' });
    expect(await updated).toMatchObject({ roomId, messageId: original.id, body: '몇 시에 볼까요?' });

    // The room hears reads as a digest; the reader's own tabs get room:read at once.
    const digest = next(a, 'room:reads');
    const ownTab = next(b, 'room:read');
    const quiet = silence(a, 'room:read', 600);
    expect(await b.emitWithAck('room:read', { roomId, messageId: original.id })).toMatchObject({ ok: true });
    expect(await ownTab).toMatchObject({ roomId, userId: guest.id, lastReadMessageId: original.id, unreadCount: 0 });
    expect(await digest).toEqual({
      roomId,
      reads: [{ roomId, userId: guest.id, lastReadMessageId: original.id, previousReadMessageId: expect.any(Number), unreadCount: 0 }],
    });
    await quiet;
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import * as chat from '@/lib/chat/mutations';
import { openDirectRoom } from '@/lib/chat/direct';
import { getRoomView } from '@/lib/chat/queries';
import { settleBackground } from '@/lib/core/background';
import { addFriend } from '@/lib/friends/mutations';
import { listFriends } from '@/lib/friends/queries';
import { createTestPost } from '@/tests/support/boards';
import { createUser } from '@/tests/support/factories';
import { next, silence, startSocketServer } from '@/tests/support/sockets';

let sockets: Awaited<ReturnType<typeof startSocketServer>>;
beforeEach(async () => {
  sockets = await startSocketServer();
});
afterEach(async () => {
  await sockets.close();
});

describe('presence over Socket.IO', () => {
  it('one user with two tabs: online on the first, offline only when the last closes, pushed to friends', async () => {
    const [user, friend] = [await createUser(), await createUser()];
    await addFriend(getDb(), friend, { userId: user.id });
    const watcher = await sockets.client(friend);
    await settleBackground();

    const online = next(watcher, 'presence:changed');
    const tab1 = await sockets.client(user);
    expect(await online).toEqual({ userId: user.id, online: true, lastSeenAt: null });
    const quiet = silence(watcher, 'presence:changed');
    const tab2 = await sockets.client(user);
    await quiet;

    // Closing one tab leaves the user online.
    const stillQuiet = silence(watcher, 'presence:changed', 500);
    tab1.disconnect();
    await stillQuiet;
    await settleBackground();
    expect((await listFriends(getDb(), friend.id, { page: 1, size: 10 })).items[0]?.presence).toMatchObject({ online: true });

    const offline = next(watcher, 'presence:changed');
    tab2.disconnect();
    const event = await offline;
    expect(event).toMatchObject({ userId: user.id, online: false, lastSeenAt: expect.any(String) });
    await settleBackground();
    expect((await listFriends(getDb(), friend.id, { page: 1, size: 10 })).items[0]?.presence).toEqual({ online: false, lastSeenAt: event.lastSeenAt });
  });

  it('does not tell people who don\'t have the user as a friend', async () => {
    const [user, stranger] = [await createUser(), await createUser()];
    const watcher = await sockets.client(stranger);
    const quiet = silence(watcher, 'presence:changed', 500);
    await sockets.client(user);
    await quiet;
  });
});

describe('direct rooms over Socket.IO', () => {
  it('the other member hears my read receipt (room:read with my userId), a first message and a deletion', async () => {
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    const { room } = await openDirectRoom(getDb(), a, b.id);
    const sa = await sockets.client(a);
    const sb = await sockets.client(b);
    const sc = await sockets.client(c);
    // A third user can't join the room's channel.
    expect(await sc.emitWithAck('room:join', { roomId: room.id })).toMatchObject({ ok: false, status: 403 });

    // B hasn't joined the room's channel (e.g. the chat list isn't open): a direct message still reaches B.
    const arrived = next(sb, 'message:new');
    const { message } = await chat.sendMessage(getDb(), a, room.id, { body: '읽으면 알려줘요' });
    expect(await arrived).toMatchObject({ id: message.id, roomId: room.id });

    const receipt = next(sa, 'room:read');
    expect(await sb.emitWithAck('room:read', { roomId: room.id, messageId: message.id })).toMatchObject({ ok: true, unreadCount: 0 });
    expect(await receipt).toMatchObject({ roomId: room.id, userId: b.id, lastReadMessageId: message.id });
    expect((await getRoomView(getDb(), room.id, a.id)).peer?.lastReadMessageId).toBe(message.id);

    const deleted = next(sb, 'message:deleted');
    const quiet = silence(sc, 'message:deleted');
    await chat.deleteMessage(getDb(), a, room.id, message.id);
    expect(await deleted).toEqual({ roomId: room.id, messageId: message.id });
    await quiet;
  });

  it('message:deleted reaches the members of a post room who joined it', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const post = await createTestPost(a, { targetNumber: 3 });
    await chat.joinRoom(getDb(), b, post.chatRoomId);
    const sb = await sockets.client(b);
    expect(await sb.emitWithAck('room:join', { roomId: post.chatRoomId })).toMatchObject({ ok: true });
    const { message } = await chat.sendMessage(getDb(), a, post.chatRoomId, { body: '지울게요' });
    const deleted = next(sb, 'message:deleted');
    await chat.deleteMessage(getDb(), a, post.chatRoomId, message.id);
    expect(await deleted).toEqual({ roomId: post.chatRoomId, messageId: message.id });
  });
});

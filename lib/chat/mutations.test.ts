import { describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { chatMessages, rateLimits, users } from '@/db/schema';
import { blockUser } from '@/lib/friends/mutations';
import { openDirectRoom } from './direct';
import { createTestPost } from '@/tests/support/boards';
import { recordedEvents } from '@/tests/support/events';
import { createUser } from '@/tests/support/factories';
import { banMember, deleteRoom, joinRoom, leaveRoom, markRead, sendMessage } from './mutations';
import { getRoomView, listMembers, listMessages, listMyRooms } from './queries';
import type { ChatMessageView } from './schema';

async function roomWithGuest(target = 4) {
  const owner = await createUser();
  const guest = await createUser();
  const post = await createTestPost(owner, { targetNumber: target });
  await joinRoom(getDb(), guest, post.chatRoomId);
  return { owner, guest, post, roomId: post.chatRoomId };
}

describe('chat rooms', () => {
  it('writes system messages for join, leave and ban', async () => {
    const { owner, guest, roomId } = await roomWithGuest();
    const third = await createUser();
    await joinRoom(getDb(), third, roomId);
    await leaveRoom(getDb(), guest, roomId);
    await banMember(getDb(), owner, roomId, third.id);
    const { items } = await listMessages(getDb(), roomId, owner.id, { limit: 50 });
    expect(items.filter((m) => m.kind === 'system').map((m) => m.body)).toEqual([
      `${owner.username}님이 방을 만들었습니다.`,
      `${guest.username}님이 입장했습니다.`,
      `${third.username}님이 입장했습니다.`,
      `${guest.username}님이 나갔습니다.`,
      `${third.username}님이 내보내졌습니다.`,
    ]);
  });

  it('joining twice is a no-op', async () => {
    const { guest, roomId } = await roomWithGuest();
    const again = await joinRoom(getDb(), guest, roomId);
    expect(again.joined).toBe(false);
    expect(again.room.memberCount).toBe(2);
  });

  it('refuses a full room with 409', async () => {
    const { roomId } = await roomWithGuest(2);
    await expect(joinRoom(getDb(), await createUser(), roomId)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('bans: owner only, removes the member, who can never rejoin', async () => {
    const { owner, guest, roomId } = await roomWithGuest();
    const other = await createUser();
    await joinRoom(getDb(), other, roomId);
    await expect(banMember(getDb(), guest, roomId, other.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(banMember(getDb(), owner, roomId, owner.id)).rejects.toMatchObject({ code: 'conflict' });
    const { room } = await banMember(getDb(), owner, roomId, guest.id);
    expect(room.memberCount).toBe(2);
    await expect(joinRoom(getDb(), guest, roomId)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listMessages(getDb(), roomId, guest.id, { limit: 10 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendMessage(getDb(), guest, roomId, { body: '다시 왔어요' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getRoomView(getDb(), roomId, guest.id)).isBanned).toBe(true);
  });

  it('keeps non-members out of history, members and sending', async () => {
    const { roomId } = await roomWithGuest();
    const stranger = await createUser();
    await expect(listMessages(getDb(), roomId, stranger.id, { limit: 10 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listMembers(getDb(), roomId, stranger.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendMessage(getDb(), stranger, roomId, { body: '안녕' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listMessages(getDb(), 999_999, stranger.id, { limit: 10 })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('the owner deletes instead of leaving; others cannot delete', async () => {
    const { owner, guest, roomId } = await roomWithGuest();
    await expect(leaveRoom(getDb(), owner, roomId)).rejects.toMatchObject({ code: 'conflict' });
    await expect(deleteRoom(getDb(), guest, roomId)).rejects.toMatchObject({ code: 'forbidden' });
    await deleteRoom(getDb(), owner, roomId);
    await expect(getRoomView(getDb(), roomId, owner.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('messages', () => {
  it('are idempotent per clientId', async () => {
    const { guest, roomId } = await roomWithGuest();
    const a = await sendMessage(getDb(), guest, roomId, { body: '몇 시에 시킬까요?', clientId: 'c-1' });
    const b = await sendMessage(getDb(), guest, roomId, { body: '몇 시에 시킬까요?', clientId: 'c-1' });
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ message: a.message, created: false });
    const results = await Promise.all(Array.from({ length: 5 }, () => sendMessage(getDb(), guest, roomId, { body: 'x', clientId: 'c-2' })));
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
  });

  it('refused for who sends them answer as the room would, take no rate point and store nothing', async () => {
    const { roomId } = await roomWithGuest();
    const stranger = await createUser();
    // More sends than the limit allows: each is 403, never 429, because none took a point.
    for (let i = 0; i < 12; i++) await expect(sendMessage(getDb(), stranger, roomId, { body: '안녕' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await getDb().select().from(rateLimits).where(like(rateLimits.key, `act_chatMessage%:${stranger.id}:%`))).toEqual([]);
    await expect(sendMessage(getDb(), stranger, 999_999, { body: '안녕' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await getDb().select().from(chatMessages).where(eq(chatMessages.userId, stranger.id))).toEqual([]);
  });

  it('are refused to a suspended sender whose copy of the user is older than the suspension', async () => {
    const { guest, roomId } = await roomWithGuest();
    await getDb().update(users).set({ suspendedUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, guest.id));
    for (const body of ['안녕', `<@${guest.id}> 저요`]) {
      await expect(sendMessage(getDb(), guest, roomId, { body })).rejects.toMatchObject({ code: 'forbidden', extra: { reason: 'suspended' } });
    }
    expect(await getDb().select().from(chatMessages).where(and(eq(chatMessages.userId, guest.id), eq(chatMessages.kind, 'text')))).toEqual([]);
    await getDb().update(users).set({ suspendedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, guest.id));
    expect((await sendMessage(getDb(), guest, roomId, { body: '돌아왔어요' })).created).toBe(true);
  });

  it('in a direct room reach both people, and a block stops them before and after the room is known to be direct', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const { room } = await openDirectRoom(getDb(), a, b.id);
    const { message } = await sendMessage(getDb(), a, room.id, { body: '안녕하세요' });
    const [event] = (await recordedEvents<ChatMessageView>('message:new')).filter((e) => e.payload.id === message.id);
    expect(event!.audience).toEqual({ chatRooms: [room.id], users: [room.directLowUserId, room.directHighUserId] });
    expect(message).toMatchObject({ unreadCount: 1 });
    await blockUser(getDb(), b, a.id);
    await expect(sendMessage(getDb(), a, room.id, { body: '왜요?' })).rejects.toMatchObject({ code: 'forbidden' });
    const [c, d] = [await createUser(), await createUser()];
    const other = await openDirectRoom(getDb(), c, d.id);
    await blockUser(getDb(), c, d.id);
    // The first send in a room this process has not seen yet tries the one-statement path first.
    await expect(sendMessage(getDb(), c, other.room.id, { body: '차단했는데' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('read the same in their answer, their message:new and the history; the event reaches every member', async () => {
    const { owner, guest, roomId } = await roomWithGuest();
    const { message } = await sendMessage(getDb(), guest, roomId, { body: '7시에 시킬게요', clientId: 'same' });
    const [event] = (await recordedEvents<ChatMessageView>('message:new')).filter((e) => e.payload.id === message.id);
    expect(event!.payload).toEqual(message);
    expect(event!.audience).toEqual({ chatRooms: [roomId], users: expect.arrayContaining([owner.id, guest.id]) });
    expect(event!.audience.users).toHaveLength(2);
    const { items } = await listMessages(getDb(), roomId, owner.id, { limit: 1 });
    expect(items).toEqual([message]);
    expect(message).toMatchObject({ body: '7시에 시킬게요', kind: 'text', clientId: 'same', unreadCount: 1, user: { id: guest.id } });
  });

  it('page backwards with a cursor', async () => {
    const { owner, roomId } = await roomWithGuest();
    for (let i = 1; i <= 7; i++) await sendMessage(getDb(), owner, roomId, { body: `m${i}` });
    const latest = await listMessages(getDb(), roomId, owner.id, { limit: 3 });
    expect(latest.items.map((m) => m.body)).toEqual(['m5', 'm6', 'm7']);
    const older = await listMessages(getDb(), roomId, owner.id, { limit: 3, before: latest.nextCursor! });
    expect(older.items.map((m) => m.body)).toEqual(['m2', 'm3', 'm4']);
    const oldest = await listMessages(getDb(), roomId, owner.id, { limit: 10, before: older.nextCursor! });
    expect(oldest.nextCursor).toBeNull();
    expect(oldest.items.length).toBe(3);
  });

  it('count unread from others past my read marker, in my room list', async () => {
    const { owner, guest, roomId } = await roomWithGuest();
    const one = await sendMessage(getDb(), owner, roomId, { body: '하나' });
    const two = await sendMessage(getDb(), owner, roomId, { body: '둘' });
    await sendMessage(getDb(), guest, roomId, { body: '제 메시지' });
    const [mine] = await listMyRooms(getDb(), guest.id);
    // The owner's two messages (the guest's own system and text messages don't count).
    expect(mine).toMatchObject({ id: roomId, unreadCount: 2, lastMessage: { body: '제 메시지' } });
    const state = await markRead(getDb(), guest, roomId, two.message.id);
    expect(state.unreadCount).toBe(0);
    // The marker never moves back, and a read that moves nothing records no event.
    const events = (await recordedEvents('room:read')).length;
    expect(await markRead(getDb(), guest, roomId, one.message.id)).toEqual({ roomId, lastReadMessageId: two.message.id, unreadCount: 0 });
    expect(await markRead(getDb(), guest, roomId, two.message.id)).toEqual({ roomId, lastReadMessageId: two.message.id, unreadCount: 0 });
    expect((await recordedEvents('room:read')).length).toBe(events);
    expect((await getRoomView(getDb(), roomId, guest.id)).unreadCount).toBe(0);
    await expect(markRead(getDb(), guest, roomId, 999_999)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('a read-marker move, one statement that checks who may read', () => {
  it('refuses an outsider and a member who left (403) and a room that does not exist (404), moving nothing', async () => {
    const { owner, guest, roomId } = await roomWithGuest();
    const { message } = await sendMessage(getDb(), owner, roomId, { body: '다들 도착하셨나요' });
    await expect(markRead(getDb(), await createUser(), roomId, message.id)).rejects.toMatchObject({ code: 'forbidden' });
    await leaveRoom(getDb(), guest, roomId);
    await expect(markRead(getDb(), guest, roomId, message.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(markRead(getDb(), guest, 999_999, message.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await recordedEvents('room:read')).toHaveLength(0);
  });

  it('reaches my tabs and the room; in a direct room the other person too, unless they blocked me (403)', async () => {
    const { owner, guest, roomId } = await roomWithGuest();
    const { message } = await sendMessage(getDb(), owner, roomId, { body: '하나' });
    await markRead(getDb(), guest, roomId, message.id);
    const a = await createUser();
    const b = await createUser();
    const { room } = await openDirectRoom(getDb(), a, b.id);
    const hello = await sendMessage(getDb(), a, room.id, { body: '안녕하세요' });
    await markRead(getDb(), b, room.id, hello.message.id);
    const [inPost, inDirect] = await recordedEvents('room:read');
    expect(inPost).toEqual({
      payload: { roomId, userId: guest.id, lastReadMessageId: message.id, previousReadMessageId: expect.any(Number), unreadCount: 0 },
      audience: { chatRooms: [roomId], users: [guest.id] },
    });
    expect(inDirect!.audience).toEqual({ chatRooms: [room.id], users: [Math.min(a.id, b.id), Math.max(a.id, b.id)] });
    const again = await sendMessage(getDb(), a, room.id, { body: '잘 지내셨어요?' });
    await blockUser(getDb(), a, b.id);
    await expect(markRead(getDb(), b, room.id, again.message.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await recordedEvents('room:read')).toHaveLength(2);
  });
});

describe('banning', () => {
  it('only applies to members of the room', async () => {
    const { owner, roomId } = await roomWithGuest();
    const outsider = await createUser();
    await expect(banMember(getDb(), owner, roomId, outsider.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { chatMembers, chatMessages, chatRooms, users } from '@/db/schema';
import { addFriend } from '@/lib/friends/mutations';
import { createTestPost } from '@/tests/support/boards';
import { createUser } from '@/tests/support/factories';
import { openDirectRoom } from './direct';
import { deleteMessage, joinRoom, leaveRoom, markRead, sendMessage } from './mutations';
import { getRoomView, listMessages, listMyRooms } from './queries';
import { DELETED_MESSAGE_BODY } from './deleted';

describe('direct rooms', () => {
  it('are one room per pair, whoever opens it, with both people seated', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const first = await openDirectRoom(getDb(), a, b.id);
    const again = await openDirectRoom(getDb(), b, a.id);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, room: { id: first.room.id } });
    expect(first.room).toMatchObject({ kind: 'direct', memberCount: 2, capacity: 2 });
    const members = await getDb().select().from(chatMembers).where(eq(chatMembers.roomId, first.room.id));
    expect(members.map((m) => m.userId).sort()).toEqual([a.id, b.id].sort());
  });

  it('make exactly one room when both sides open it at once (20 concurrent calls)', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? openDirectRoom(getDb(), a, b.id) : openDirectRoom(getDb(), b, a.id))),
    );
    expect(new Set(results.map((r) => r.room.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await getDb().select().from(chatRooms).where(eq(chatRooms.kind, 'direct'))).toHaveLength(1);
  });

  it('refuse myself (400), unknown and deleted users (404)', async () => {
    const a = await createUser();
    const gone = await createUser({ isActive: false });
    await expect(openDirectRoom(getDb(), a, a.id)).rejects.toMatchObject({ code: 'invalid' });
    await expect(openDirectRoom(getDb(), a, 999_999)).rejects.toMatchObject({ code: 'not_found' });
    await expect(openDirectRoom(getDb(), a, gone.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keep a third user out: not found as a room, no history, no joining, no sending', async () => {
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    const { room } = await openDirectRoom(getDb(), a, b.id);
    await expect(getRoomView(getDb(), room.id, c.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(listMessages(getDb(), room.id, c.id, { limit: 10 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(joinRoom(getDb(), c, room.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(sendMessage(getDb(), c, room.id, { body: '끼워 주세요' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(leaveRoom(getDb(), a, room.id)).rejects.toMatchObject({ code: 'conflict', extra: { reason: 'direct_room' } });
  });

  it('are listed under the other person\'s name with their presence, read marker and unread counts', async () => {
    const [a, b] = [await createUser({ username: '가람' }), await createUser({ username: '나래', status: 'busy' })];
    const { room } = await openDirectRoom(getDb(), a, b.id);
    const hello = await sendMessage(getDb(), a, room.id, { body: '안녕' });
    await sendMessage(getDb(), a, room.id, { body: '저녁 같이?' });
    const [forB] = await listMyRooms(getDb(), b.id);
    expect(forB).toMatchObject({ id: room.id, kind: 'direct', title: '가람', unreadCount: 2, lastMessage: { body: '저녁 같이?' } });
    await markRead(getDb(), b, room.id, hello.message.id);
    const forA = await getRoomView(getDb(), room.id, a.id);
    expect(forA).toMatchObject({
      title: '나래',
      peer: { user: { id: b.id }, status: 'busy', presence: { online: false }, lastReadMessageId: hello.message.id },
    });
    // A private profile keeps its status from someone it didn't add.
    await getDb().update(users).set({ isPrivate: true }).where(eq(users.id, b.id));
    expect((await getRoomView(getDb(), room.id, a.id)).peer?.status).toBeNull();
    await addFriend(getDb(), b, { userId: a.id });
    expect((await getRoomView(getDb(), room.id, a.id)).peer?.status).toBe('busy');
  });
});

describe('deleting a message', () => {
  it('is soft, own messages only (403 for others), and shows the placeholder to everyone', async () => {
    const owner = await createUser();
    const guest = await createUser();
    const post = await createTestPost(owner, { targetNumber: 3 });
    await joinRoom(getDb(), guest, post.chatRoomId);
    const roomId = post.chatRoomId;
    const { message } = await sendMessage(getDb(), guest, roomId, { body: '비밀번호는 1234' });
    await expect(deleteMessage(getDb(), owner, roomId, message.id)).rejects.toMatchObject({ code: 'forbidden' });
    const system = (await listMessages(getDb(), roomId, owner.id, { limit: 10 })).items.find((m) => m.kind === 'system')!;
    await expect(deleteMessage(getDb(), owner, roomId, system.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteMessage(getDb(), guest, roomId, 999_999)).rejects.toMatchObject({ code: 'not_found' });
    expect((await deleteMessage(getDb(), guest, roomId, message.id)).deleted).toBe(true);
    expect((await deleteMessage(getDb(), guest, roomId, message.id)).deleted).toBe(false);
    const seen = (await listMessages(getDb(), roomId, owner.id, { limit: 10 })).items.find((m) => m.id === message.id);
    expect(seen).toMatchObject({ body: DELETED_MESSAGE_BODY, isDeleted: true, user: { id: guest.id } });
    expect((await listMyRooms(getDb(), owner.id))[0]?.lastMessage).toMatchObject({ id: message.id, body: DELETED_MESSAGE_BODY });
    // The text itself is gone from the database, not just hidden.
    const [row] = await getDb().select().from(chatMessages).where(eq(chatMessages.id, message.id));
    expect(row).toMatchObject({ body: '' });
    const stranger = await createUser();
    await expect(deleteMessage(getDb(), stranger, roomId, message.id)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

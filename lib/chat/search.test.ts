import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { chatMessages, users } from '@/db/schema';
import { createTestPost } from '@/tests/support/boards';
import { createUser } from '@/tests/support/factories';
import { countStatements } from '@/tests/support/statements';
import { openDirectRoom } from './direct';
import { editMessage } from './edits';
import { deleteMessage, joinRoom, sendMessage } from './mutations';
import { searchMessages } from './search';

const ids = (page: { items: { id: number }[] }) => page.items.map((h) => h.id);

async function roomOfTwo() {
  const owner = await createUser();
  const guest = await createUser();
  const post = await createTestPost(owner, { targetNumber: 4 });
  await joinRoom(getDb(), guest, post.chatRoomId);
  return { owner, guest, roomId: post.chatRoomId };
}

describe('chat search', () => {
  it('is one statement, with the room and the sender of each hit', async () => {
    const { owner, guest, roomId } = await roomOfTwo();
    const { message } = await sendMessage(getDb(), owner, roomId, { body: '오늘 치킨집 가요' });
    let page: Awaited<ReturnType<typeof searchMessages>> | undefined;
    expect(await countStatements(async () => (page = await searchMessages(getDb(), guest.id, { q: '치킨', limit: 20 })))).toBe(1);
    expect(page!.items).toEqual([
      expect.objectContaining({ id: message.id, roomId, room: expect.objectContaining({ id: roomId, kind: 'post' }), user: expect.objectContaining({ id: owner.id }), snippet: '오늘 치킨집 가요' }),
    ]);
  });

  it("calls a direct room by the other person's name, and a deleted sender by the deleted name", async () => {
    const me = await createUser();
    const friend = await createUser();
    const { room } = await openDirectRoom(getDb(), me, friend.id);
    await sendMessage(getDb(), friend, room.id, { body: '마라탕 먹을래요?' });
    const [hit] = (await searchMessages(getDb(), me.id, { q: '마라', limit: 20 })).items;
    expect(hit).toMatchObject({ room: { id: room.id, kind: 'direct', title: friend.username }, user: { id: friend.id, username: friend.username } });
    await getDb().update(users).set({ isActive: false }).where(eq(users.id, friend.id));
    const [after] = (await searchMessages(getDb(), me.id, { q: '마라', limit: 20 })).items;
    expect(after!.room.title).toBe(after!.user!.username);
    expect(after!.user!.username).not.toBe(friend.username);
  });

  it('finds an edited message by its new words only; a deleted one not at all; a hidden one only by its sender', async () => {
    const { owner, guest, roomId } = await roomOfTwo();
    const { message: edited } = await sendMessage(getDb(), owner, roomId, { body: '떡볶이 어때요' });
    await editMessage(getDb(), owner, edited.id, { body: '순대 어때요' });
    expect(ids(await searchMessages(getDb(), guest.id, { q: '떡볶', limit: 20 }))).toEqual([]);
    expect(ids(await searchMessages(getDb(), guest.id, { q: '순대', limit: 20 }))).toEqual([edited.id]);

    const { message: deleted } = await sendMessage(getDb(), owner, roomId, { body: '순대 말고 김밥' });
    await deleteMessage(getDb(), owner, roomId, deleted.id);
    expect(ids(await searchMessages(getDb(), owner.id, { q: '순대', limit: 20 }))).toEqual([edited.id]);

    const { message: hidden } = await sendMessage(getDb(), guest, roomId, { body: '순대국 좋아요' });
    await getDb().update(chatMessages).set({ hiddenAt: new Date() }).where(eq(chatMessages.id, hidden.id));
    expect(ids(await searchMessages(getDb(), owner.id, { q: '순대', limit: 20 }))).toEqual([edited.id]);
    expect(ids(await searchMessages(getDb(), guest.id, { q: '순대', limit: 20 }))).toEqual([hidden.id, edited.id]);
  });

  it('searches one room when asked, and pages newest first', async () => {
    const { owner, guest, roomId } = await roomOfTwo();
    const elsewhere = await createTestPost(guest);
    const { message: there } = await sendMessage(getDb(), guest, elsewhere.chatRoomId, { body: '치킨 반반' });
    const sent = [];
    for (const body of ['치킨 하나', '치킨 둘', '치킨 셋']) sent.push((await sendMessage(getDb(), owner, roomId, { body })).message.id);
    expect(ids(await searchMessages(getDb(), guest.id, { q: '치킨', limit: 20 }))).toEqual([...sent].reverse().concat(there.id));
    const first = await searchMessages(getDb(), guest.id, { q: '치킨', roomId, limit: 2 });
    expect(ids(first)).toEqual([sent[2], sent[1]]);
    expect(first.nextCursor).toBe(sent[1]);
    const rest = await searchMessages(getDb(), guest.id, { q: '치킨', roomId, before: first.nextCursor!, limit: 2 });
    expect(ids(rest)).toEqual([sent[0]]);
    expect(rest.nextCursor).toBeNull();
  });
});

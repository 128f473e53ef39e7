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
import type { SearchQuery } from './schema';
import { searchMessages, searchStatement } from './search';

const ids = (page: { items: { id: number }[] }) => page.items.map((h) => h.id);

async function roomOfTwo() {
  const owner = await createUser();
  const guest = await createUser();
  const post = await createTestPost(owner, { targetNumber: 4 });
  await joinRoom(getDb(), guest, post.chatRoomId);
  return { owner, guest, roomId: post.chatRoomId };
}

describe('chat search', () => {
  it('is one statement, with the room and the sender of each hit (and the statistics sample, read once)', async () => {
    const { owner, guest, roomId } = await roomOfTwo();
    const { message } = await sendMessage(getDb(), owner, roomId, { body: '오늘 치킨집 가요' });
    let page: Awaited<ReturnType<typeof searchMessages>> | undefined;
    const twice = async () => {
      await searchMessages(getDb(), guest.id, { q: '피자', limit: 20 });
      page = await searchMessages(getDb(), guest.id, { q: '치킨', limit: 20 });
    };
    expect(await countStatements(twice)).toBe(3);
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

  it('finds the same page by either path: walking the newest messages or through the trigram index', async () => {
    const { owner, guest, roomId } = await roomOfTwo();
    const stranger = await createUser();
    const elsewhere = await createTestPost(stranger);
    const bodies = ['치킨 반반', '100% 치킨', '치킨_무', '순살치킨', '피자', '치킨 가요', 'CHICKEN 치킨', '치 킨'];
    const sent = [];
    for (const body of bodies) sent.push((await sendMessage(getDb(), owner, roomId, { body })).message.id);
    await sendMessage(getDb(), stranger, elsewhere.chatRoomId, { body: '치킨 남의 방' });
    await deleteMessage(getDb(), owner, roomId, sent[5]!);
    await getDb().update(chatMessages).set({ hiddenAt: new Date() }).where(eq(chatMessages.id, sent[3]!));
    const queries: SearchQuery[] = [
      { q: '치킨', limit: 20 },
      { q: '치킨', limit: 2 },
      { q: '치킨', roomId, before: sent[4]!, limit: 20 },
      { q: '0%', limit: 20 },
      { q: '_무', limit: 20 },
      { q: 'chicken', limit: 20 },
      { q: '짜장', limit: 20 },
    ];
    for (const query of queries) {
      const [walk, index] = await Promise.all((['walk', 'index'] as const).map(async (path) => (await searchStatement(getDb(), guest.id, query, path)).map((r) => r.id)));
      expect(walk, `${query.q} ${JSON.stringify(query)}`).toEqual(index);
    }
    const ofQuery = async (query: SearchQuery) => (await searchStatement(getDb(), guest.id, query, 'walk')).map((r) => r.id);
    expect(await ofQuery(queries[0]!)).toEqual([sent[6], sent[2], sent[1], sent[0]]);
    expect(await ofQuery(queries[1]!)).toEqual([sent[6], sent[2], sent[1]]);
    expect(await ofQuery(queries[3]!)).toEqual([sent[1]]);
    expect(await ofQuery(queries[4]!)).toEqual([sent[2]]);
    expect(await ofQuery(queries[5]!)).toEqual([sent[6]]);
  });
});

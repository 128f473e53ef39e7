import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as chatImageRoute from '@/app/api/chat/images/[...key]/route';
import * as editRoute from '@/app/api/chat/messages/[id]/route';
import * as reactionRoute from '@/app/api/chat/messages/[id]/reactions/[emoji]/route';
import * as imagesRoute from '@/app/api/chat/rooms/[id]/images/route';
import * as leaveRoute from '@/app/api/chat/rooms/[id]/members/me/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import * as readRoute from '@/app/api/chat/rooms/[id]/read/route';
import * as roomRoute from '@/app/api/chat/rooms/[id]/route';
import * as roomsRoute from '@/app/api/chat/rooms/route';
import * as searchRoute from '@/app/api/chat/search/route';
import * as reportsRoute from '@/app/api/reports/route';
import { getDb } from '@/db/client';
import { chatMessages, chatReactions, type User } from '@/db/schema';
import { joinRoom, sendMessage } from '@/lib/chat/mutations';
import { setRoomMuted } from '@/lib/push/mutes';
import { createTestPost } from '../support/boards';
import { recordedEvents } from '../support/events';
import { bearerFor, createUser } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { imageForm, testImage } from '../support/images';

/** A meal-post room with its owner and two members, and a stranger outside it. */
async function room() {
  const [owner, a, b, stranger] = [await createUser(), await createUser(), await createUser(), await createUser()];
  const post = await createTestPost(owner, { targetNumber: 5 });
  const roomId = post.chatRoomId;
  await joinRoom(getDb(), a, roomId);
  await joinRoom(getDb(), b, roomId);
  const auth = async (u: User) => bearerFor(u);
  return { owner, a, b, stranger, roomId, auth, params: { id: String(roomId) } };
}

const send = (u: User, roomId: number, body: string, replyToId?: number) => sendMessage(getDb(), u, roomId, { body, replyToId }).then((r) => r.message);
const emojiParams = (id: number, emoji: string) => ({ id: String(id), emoji: encodeURIComponent(emoji) });
const history = async (u: User, roomId: number) => (await call(messagesRoute.GET, { headers: await bearerFor(u), params: { id: String(roomId) } })).body.items;

describe('new chat routes keep outsiders out (404)', () => {
  it('edit, reactions, photos, photo files and search in a room answer 404 to a non-member and 401 anonymous', async () => {
    const { a, stranger, roomId, params } = await room();
    const message = await send(a, roomId, '안녕하세요');
    const s = await bearerFor(stranger);
    expectProblem(await call(editRoute.PATCH, { method: 'PATCH', headers: s, params: { id: String(message.id) }, body: { body: 'x' } }), 404);
    expectProblem(await call(reactionRoute.PUT, { method: 'PUT', headers: s, params: emojiParams(message.id, '👍') }), 404);
    expectProblem(await call(reactionRoute.DELETE, { method: 'DELETE', headers: s, params: emojiParams(message.id, '👍') }), 404);
    expectProblem(await call(imagesRoute.POST, { method: 'POST', headers: s, params, body: imageForm([await testImage(20, 20)]) }), 404);
    expectProblem(await call(searchRoute.GET, { headers: s, path: `/api/chat/search?q=안녕&roomId=${roomId}` }), 404);
    expectProblem(await call(editRoute.PATCH, { method: 'PATCH', params: { id: String(message.id) }, body: { body: 'x' } }), 401);
    expectProblem(await call(searchRoute.GET, { path: '/api/chat/search?q=안녕' }), 401);
  });
});

describe('photos', () => {
  it('make a message of kind image whose files only current members can fetch', async () => {
    const { a, b, stranger, params } = await room();
    const form = imageForm([await testImage(40, 30), await testImage(20, 20, 'jpeg')]);
    const res = await call(imagesRoute.POST, { method: 'POST', headers: await bearerFor(a), params, path: '/x?clientId=p1', body: form });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', clientId: 'p1', unreadCount: 2 });
    expect(res.body.images).toHaveLength(2);
    const [first] = res.body.images as { url: string; thumbUrl: string; width: number }[];
    expect(first!.url).toMatch(/^\/api\/chat\/images\/chat\/\d+\/[0-9a-f-]{36}\.webp$/);
    expect(first!.width).toBe(40);
    const fetchAs = async (u: User, url: string) =>
      call(chatImageRoute.GET, { headers: await bearerFor(u), path: url, params: { key: url.replace('/api/chat/images/', '').split('/') } as never });
    const ok = await fetchAs(b, first!.thumbUrl);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/webp');
    expect(ok.headers.get('cache-control')).toContain('private');
    expectProblem(await fetchAs(stranger, first!.url), 404);
    // Reports work on a photo message; hidden, its photos are gone for everyone but its sender.
    const report = await call(reportsRoute.POST, { method: 'POST', headers: await bearerFor(b), body: { targetType: 'message', targetId: res.body.id, reason: 'spam' } });
    expect(report.status).toBe(201);
    await getDb().update(chatMessages).set({ hiddenAt: new Date() }).where(eq(chatMessages.id, res.body.id));
    expectProblem(await fetchAs(b, first!.url), 404);
    expect((await fetchAs(a, first!.url)).status).toBe(200);
    await getDb().update(chatMessages).set({ hiddenAt: null }).where(eq(chatMessages.id, res.body.id));
    await call(leaveRoute.DELETE, { method: 'DELETE', headers: await bearerFor(b), params });
    expectProblem(await fetchAs(b, first!.url), 404);
    // A retried upload with the same clientId is the same message.
    const again = await call(imagesRoute.POST, { method: 'POST', headers: await bearerFor(a), params, path: '/x?clientId=p1', body: imageForm([await testImage(10, 10)]) });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(res.body.id);
  });

  it('refuse what is not an image (400)', async () => {
    const { a, params } = await room();
    const form = imageForm([Buffer.from('not a picture')], 'files', 'x.jpg', 'image/jpeg');
    expect(expectProblem(await call(imagesRoute.POST, { method: 'POST', headers: await bearerFor(a), params, body: form }), 400).errors?.files).toBeDefined();
  });
});

describe('replies', () => {
  it('keep a snapshot of the answered message, shown after it is deleted', async () => {
    const { a, b, roomId } = await room();
    const original = await send(a, roomId, '7시에 만나요');
    const reply = await send(b, roomId, '좋아요', original.id);
    expect(reply.replyTo).toMatchObject({ id: original.id, body: '7시에 만나요', kind: 'text', user: { id: a.id } });
    await call(messagesRoute.POST, { method: 'POST', headers: await bearerFor(a), params: { id: String(roomId) }, body: { body: 'x', replyToId: 99_999_999 } }).then((r) => expectProblem(r, 404));
    const { deleteMessage } = await import('@/lib/chat/mutations');
    await deleteMessage(getDb(), a, roomId, original.id);
    const items = await history(b, roomId);
    expect(items.find((m: { id: number }) => m.id === reply.id)!.replyTo!.body).toBe('7시에 만나요');
  });
});

describe('reactions', () => {
  it('one per user and emoji: PUT twice counts once, DELETE takes it back (204), the room hears message:reactions', async () => {
    const { a, b, roomId } = await room();
    const message = await send(a, roomId, '맛있겠다');
    const put = async (u: User, emoji: string) => call(reactionRoute.PUT, { method: 'PUT', headers: await bearerFor(u), params: emojiParams(message.id, emoji) });
    expect((await put(b, '👍')).body).toEqual({ roomId, messageId: message.id, reactions: [{ emoji: '👍', count: 1, mine: true }] });
    expect((await put(b, '👍')).body.reactions).toEqual([{ emoji: '👍', count: 1, mine: true }]);
    expect((await put(a, '❤')).body.reactions).toEqual([
      { emoji: '👍', count: 1, mine: false },
      { emoji: '❤️', count: 1, mine: true },
    ]);
    expectProblem(await put(a, '🍕'), 400);
    const del = await call(reactionRoute.DELETE, { method: 'DELETE', headers: await bearerFor(b), params: emojiParams(message.id, '👍') });
    expect(del.status).toBe(204);
    const events = await recordedEvents<{ messageId: number; reactions: { emoji: string; userIds: number[] }[] }>('message:reactions');
    expect(events.filter((e) => e.payload.messageId === message.id)).toHaveLength(3);
    expect(events.at(-1)!.payload.reactions).toEqual([{ emoji: '❤️', count: 1, userIds: [a.id] }]);
    expect(events.at(-1)!.audience.chatRooms).toEqual([roomId]);
    const [mine] = await history(a, roomId).then((items) => items.filter((m: { id: number }) => m.id === message.id));
    expect(mine!.reactions).toEqual([{ emoji: '❤️', count: 1, mine: true }]);
  });

  it.runIf(process.env.DATABASE_URL)('stay one per user and emoji under 20 concurrent toggles (PostgreSQL)', async () => {
    const { a, b, roomId } = await room();
    const message = await send(a, roomId, '동시에');
    const headers = await bearerFor(b);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(i % 2 ? reactionRoute.DELETE : reactionRoute.PUT, { method: i % 2 ? 'DELETE' : 'PUT', headers, params: emojiParams(message.id, '😂') }),
      ),
    );
    expect(results.every((r) => r.status === 200 || r.status === 204)).toBe(true);
    await call(reactionRoute.PUT, { method: 'PUT', headers, params: emojiParams(message.id, '😂') });
    await Promise.all(Array.from({ length: 20 }, () => call(reactionRoute.PUT, { method: 'PUT', headers, params: emojiParams(message.id, '😂') })));
    const rows = await getDb().select().from(chatReactions).where(eq(chatReactions.messageId, message.id));
    expect(rows).toHaveLength(1);
  });
});

describe('edits', () => {
  it('the author edits within 15 minutes (editedAt, message:updated); others 403; later 409', async () => {
    const { a, b, roomId } = await room();
    const message = await send(a, roomId, '7시에 봬요');
    const edit = async (u: User, body: string) => call(editRoute.PATCH, { method: 'PATCH', headers: await bearerFor(u), params: { id: String(message.id) }, body: { body } });
    const res = await edit(a, '8시에 봬요');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: message.id, body: '8시에 봬요', editedAt: expect.any(String) });
    const [event] = (await recordedEvents<{ messageId: number; body: string }>('message:updated')).filter((e) => e.payload.messageId === message.id);
    expect(event).toMatchObject({ payload: { roomId, body: '8시에 봬요' }, audience: { chatRooms: [roomId] } });
    expectProblem(await edit(b, '내가 고침'), 403);
    expectProblem(await edit(a, '   '), 400);
    await getDb().update(chatMessages).set({ createdAt: new Date(Date.now() - 16 * 60_000) }).where(eq(chatMessages.id, message.id));
    expect(expectProblem(await edit(a, '늦었어요'), 409).reason).toBe('edit_window_closed');
  });
});

describe('mentions', () => {
  it('are stored by user id, rendered by current name, and notify the member even in a muted room', async () => {
    const { a, b, stranger, roomId } = await room();
    await setRoomMuted(getDb(), b.id, roomId, true);
    const message = await send(a, roomId, `<@${b.id}> 내일 어때요? <@${stranger.id}>`);
    expect(message.mentions).toEqual([b.id]);
    expect(message.mentionedUsers.map((u) => u.username)).toEqual([b.username]);
    const notices = (await recordedEvents<{ type: string; link: string; body: string }>('notification:new')).filter((e) => e.payload.type === 'chat_mention');
    expect(notices.map((e) => e.audience.users)).toEqual([[b.id]]);
    expect(notices[0]!.payload.link).toBe(`/chat/${roomId}?message=${message.id}`);
    expect(notices[0]!.payload.body).toContain(`@${b.username} 내일 어때요?`);
  });
});

describe('read counts per message', () => {
  it('count members who have not read each message and drop as markers move (room:read to the room)', async () => {
    const { owner, a, b, roomId, params } = await room();
    const first = await send(a, roomId, '첫 번째');
    const second = await send(a, roomId, '두 번째');
    const counts = async () => Object.fromEntries((await history(owner, roomId)).map((m: { id: number; unreadCount: number }) => [m.id, m.unreadCount]));
    expect(await counts()).toMatchObject({ [first.id]: 2, [second.id]: 2 });
    await call(readRoute.POST, { method: 'POST', headers: await bearerFor(b), params, body: { messageId: first.id } });
    expect(await counts()).toMatchObject({ [first.id]: 1, [second.id]: 2 });
    await call(readRoute.POST, { method: 'POST', headers: await bearerFor(owner), params, body: { messageId: second.id } });
    expect(await counts()).toMatchObject({ [first.id]: 0, [second.id]: 1 });
    const reads = (await recordedEvents<{ userId: number; previousReadMessageId: number; lastReadMessageId: number }>('room:read')).filter((e) => e.payload.userId === b.id);
    expect(reads.at(-1)).toMatchObject({ payload: { lastReadMessageId: first.id }, audience: { chatRooms: [roomId] } });
    expect(reads.at(-1)!.payload.previousReadMessageId).toBeLessThan(first.id);
  });

  it('the room list preview and the room carry the last message with its number', async () => {
    const { owner, a, b, roomId, params } = await room();
    const last = await send(a, roomId, '마지막');
    const preview = async () => {
      const rooms = await call(roomsRoute.GET, { headers: await bearerFor(a) });
      const single = await call(roomRoute.GET, { headers: await bearerFor(a), params });
      expect(single.body.lastMessage!.unreadCount).toBe(rooms.body.items.find((r: { id: number }) => r.id === roomId)!.lastMessage!.unreadCount);
      return single.body.lastMessage;
    };
    expect(await preview()).toMatchObject({ id: last.id, unreadCount: 2 });
    await call(readRoute.POST, { method: 'POST', headers: await bearerFor(b), params, body: { messageId: last.id } });
    expect(await preview()).toMatchObject({ id: last.id, unreadCount: 1 });
    await call(readRoute.POST, { method: 'POST', headers: await bearerFor(owner), params, body: { messageId: last.id } });
    expect(await preview()).toMatchObject({ id: last.id, unreadCount: 0 });
  });
});

describe('search', () => {
  it('finds parts of Korean words in my rooms only, newest first, and nothing from a room I left', async () => {
    const { a, b, stranger, roomId, params } = await room();
    const other = await createTestPost(stranger);
    await send(stranger, other.chatRoomId, '치킨 먹을 사람');
    const older = await send(a, roomId, '오늘 치킨집 가요');
    const newer = await send(b, roomId, `<@${a.id}> 후라이드치킨 좋아요`);
    await send(a, roomId, '피자는 어때요');
    const search = async (u: User, qs: string) => call(searchRoute.GET, { headers: await bearerFor(u), path: `/api/chat/search?${qs}` });
    const res = await search(b, `q=${encodeURIComponent('치킨')}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((h: { id: number }) => h.id)).toEqual([newer.id, older.id]);
    expect(res.body.items[0]).toMatchObject({ roomId, room: { id: roomId }, user: { id: b.id }, snippet: `@${a.username} 후라이드치킨 좋아요` });
    const paged = await search(b, `q=${encodeURIComponent('치킨')}&limit=1`);
    expect(paged.body.nextCursor).toBe(newer.id);
    expect((await search(b, `q=${encodeURIComponent('치킨')}&before=${newer.id}`)).body.items.map((h: { id: number }) => h.id)).toEqual([older.id]);
    expectProblem(await search(b, 'q=a'), 400);
    await call(leaveRoute.DELETE, { method: 'DELETE', headers: await bearerFor(b), params });
    expect((await search(b, `q=${encodeURIComponent('치킨')}`)).body.items).toEqual([]);
    expect((await search(stranger, `q=${encodeURIComponent('치킨')}`)).body.items.map((h: { roomId: number }) => h.roomId)).toEqual([other.chatRoomId]);
  });

  it('treats LIKE wildcards as text', async () => {
    const { a, roomId } = await room();
    await send(a, roomId, '100% 확실해요');
    await send(a, roomId, '1000원');
    const res = await call(searchRoute.GET, { headers: await bearerFor(a), path: `/api/chat/search?q=${encodeURIComponent('0%')}` });
    expect(res.body.items.map((h: { snippet: string }) => h.snippet)).toEqual(['100% 확실해요']);
  });
});

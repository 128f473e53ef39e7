import { describe, expect, it } from 'vitest';
import * as postsRoute from '@/app/api/posts/route';
import * as roomsRoute from '@/app/api/chat/rooms/route';
import * as historyRoute from '@/app/api/chat/rooms/[id]/messages/route';
import * as spacesRoute from '@/app/api/spaces/route';
import { getDatabase, getDb, setDatabase, withQueryLog } from '@/db/client';
import { forgetAllUsers } from '@/lib/auth/user-cache';
import * as chat from '@/lib/chat/mutations';
import { createTestPost } from '../support/boards';
import { bearerFor, createUser } from '../support/factories';
import { call } from '../support/http';

/** SQL statements one request issues, authentication included (the user not yet cached). */
async function statementsFor(run: () => Promise<unknown>) {
  forgetAllUsers();
  const original = getDatabase();
  const queries: string[] = [];
  setDatabase(withQueryLog(original, (q) => queries.push(q)));
  try {
    await run();
  } finally {
    setDatabase(original);
  }
  return queries;
}

/** `n` new users who joined the room, in order. */
async function joinedMembers(roomId: number, n: number) {
  const members = [];
  for (let i = 0; i < n; i++) {
    const member = await createUser();
    await chat.joinRoom(getDb(), member, roomId);
    members.push(member);
  }
  return members;
}

describe('statements per request (no N+1)', () => {
  it('GET /api/posts takes at most 3 statements however many posts and members', async () => {
    const me = await createUser();
    for (let i = 0; i < 15; i++) {
      const post = await createTestPost(await createUser(), { title: `글 ${i}` });
      if (i % 2) await chat.joinRoom(getDb(), me, post.chatRoomId);
    }
    const headers = await bearerFor(me);
    const queries = await statementsFor(async () => {
      const res = await call(postsRoute.GET, { path: '/api/posts?scope=sigungu', headers });
      expect(res.body.items).toHaveLength(10);
    });
    expect(queries.length).toBeLessThanOrEqual(3);
  });

  it('GET /api/chat/rooms takes a fixed number of statements for any number of rooms', async () => {
    const me = await createUser();
    const headers = await bearerFor(me);
    const post = await createTestPost(await createUser());
    await chat.joinRoom(getDb(), me, post.chatRoomId);
    const one = await statementsFor(() => call(roomsRoute.GET, { headers }));
    for (let i = 0; i < 5; i++) {
      const p = await createTestPost(await createUser());
      await chat.joinRoom(getDb(), me, p.chatRoomId);
      await chat.sendMessage(getDb(), me, p.chatRoomId, { body: `안녕 ${i}` });
    }
    const six = await statementsFor(() => call(roomsRoute.GET, { headers }));
    expect(six.length).toBe(one.length);
    expect(six.length).toBeLessThanOrEqual(3);
  });
});

describe('statements per chat history page', () => {
  it('GET /api/chat/rooms/{id}/messages takes at most 4 statements (auth, membership, page, read markers) at any room size', async () => {
    const { setReaction } = await import('@/lib/chat/reactions');
    const owner = await createUser();
    const post = await createTestPost(owner, { targetNumber: 10 });
    const roomId = post.chatRoomId;
    const headers = await bearerFor(owner);
    const page = async () => {
      let body: { items: { reactions: unknown[]; unreadCount: number; mentionedUsers: unknown[] }[] } | undefined;
      const queries = await statementsFor(async () => {
        body = (await call(historyRoute.GET, { headers, params: { id: String(roomId) } })).body;
      });
      return { queries, items: body!.items };
    };
    const small = await page();
    const members = await joinedMembers(roomId, 8);
    let previous: number | undefined;
    for (const [i, member] of members.entries()) {
      const { message } = await chat.sendMessage(getDb(), member, roomId, { body: `<@${owner.id}> 안녕 ${i}`, replyToId: previous });
      await setReaction(getDb(), owner, message.id, '👍', true);
      await setReaction(getDb(), members[0]!, message.id, '❤️', true);
      previous = message.id;
    }
    const large = await page();
    expect(large.items.filter((m) => m.reactions.length === 2)).toHaveLength(8);
    expect(large.items.filter((m) => m.mentionedUsers.length === 1)).toHaveLength(8);
    expect(large.queries.length).toBe(small.queries.length);
    expect(large.queries.length).toBeLessThanOrEqual(4);
  });
});

describe('statements per space search', () => {
  it('GET /api/spaces takes at most 3 statements whatever the page size, filters, likes and photos', async () => {
    const { createTestSpace, seoulDateInDays } = await import('../support/spaces');
    const { likeSpace } = await import('@/lib/spaces/mutations');
    const { addSpaceImages } = await import('@/lib/spaces/images');
    const { testImage } = await import('../support/images');
    const photo = await testImage(20, 20);
    const me = await createUser();
    for (let i = 0; i < 12; i++) {
      const { host, space } = await createTestSpace(undefined, {
        title: `공간 ${i}`,
        packages: [{ name: '주간', startTime: '09:00', endTime: '15:00', price: 40_000 }],
      });
      if (i % 2) await likeSpace(getDb(), me, space.id);
      if (i % 3) await addSpaceImages(getDb(), host, space.id, [photo, photo]);
    }
    const headers = await bearerFor(me);
    const date = seoulDateInDays(3);
    for (const qs of ['size=5', 'size=50&sort=popular', 'size=50&sort=rating', `date=${date}&start=10:00&end=12:00&people=2&amenities=wifi&sort=price_asc`, 'size=5&page=9']) {
      const queries = await statementsFor(async () => {
        const res = await call(spacesRoute.GET, { path: `/api/spaces?${qs}`, headers });
        expect(res.status).toBe(200);
        if (qs === 'size=50&sort=popular') expect(res.body.items.filter((s: { images: unknown[] }) => s.images.length === 2)).toHaveLength(8);
      });
      expect(queries.length, qs).toBeLessThanOrEqual(3);
    }
    // An empty first page (everything nearby booked that day) is the one statement of any page, not a second count.
    const empty = await statementsFor(async () => {
      const res = await call(spacesRoute.GET, { path: `/api/spaces?q=${encodeURIComponent('어디에도없는공간')}`, headers });
      expect(res.body).toMatchObject({ items: [], page: { total: 0 } });
    });
    expect(empty.filter((q) => /from "spaces"/.test(q)), empty.join('\n')).toHaveLength(1);
  });

  it('GET /api/host/spaces/stats takes at most 3 statements with authentication, however many spaces', async () => {
    const statsRoute = await import('@/app/api/host/spaces/stats/route');
    const { createTestSpace } = await import('../support/spaces');
    const host = await createUser();
    const headers = await bearerFor(host);
    const count = async () => (await statementsFor(() => call(statsRoute.GET, { path: '/api/host/spaces/stats', headers }))).length;
    await createTestSpace(host);
    const one = await count();
    for (let i = 0; i < 4; i++) await createTestSpace(host, { title: `공간 ${i}` });
    expect(await count()).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });
});

describe('statements per hot read (issue #23: at most 3, authentication included)', () => {
  it('GET /api/posts/{id}, games near, spaces near with dates, the community list and notifications', async () => {
    const postRoute = await import('@/app/api/posts/[id]/route');
    const gamesRoute = await import('@/app/api/games/route');
    const communityRoute = await import('@/app/api/community/posts/route');
    const notificationsRoute = await import('@/app/api/notifications/route');
    const { createTestGame } = await import('../support/games');
    const { createCommunityPost } = await import('../support/community');
    const { createTestSpace, seoulDateInDays } = await import('../support/spaces');
    const { addComment } = await import('@/lib/community/mutations');
    const me = await createUser();
    const headers = await bearerFor(me);
    const post = await createTestPost(await createUser());
    await chat.joinRoom(getDb(), me, post.chatRoomId);
    const now = new Date();
    for (let i = 0; i < 4; i++) {
      const host = await createUser();
      await createTestGame(host, now, { title: `경기 ${i}`, startsInHours: 24 + i });
      await createTestSpace(host, { title: `공간 ${i}` });
      const mine = await createCommunityPost(me, { title: `동네 이야기 ${i}` });
      await addComment(getDb(), host, mine.id, { content: `댓글 ${i}` });
    }
    const date = seoulDateInDays(3);
    const reads: [string, () => Promise<unknown>][] = [
      [`GET /api/posts/${post.id}`, () => call(postRoute.GET, { path: `/api/posts/${post.id}`, headers, params: { id: String(post.id) } })],
      ['GET /api/games?near', () => call(gamesRoute.GET, { path: '/api/games?near=33.51,126.52&radiusKm=5', headers })],
      ['GET /api/spaces?near&date', () => call(spacesRoute.GET, { path: `/api/spaces?near=33.51,126.52&radiusKm=5&date=${date}&start=10:00&end=12:00`, headers })],
      ['GET /api/community/posts', () => call(communityRoute.GET, { path: '/api/community/posts', headers })],
      ['GET /api/notifications', () => call(notificationsRoute.GET, { path: '/api/notifications', headers })],
    ];
    for (const [name, read] of reads) {
      const queries = await statementsFor(async () => {
        const res = (await read()) as { status: number; body: unknown };
        expect(res.status, `${name}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
      });
      expect(queries.length, `${name}:\n${queries.join('\n')}`).toBeLessThanOrEqual(3);
    }
  });
});

describe('statements per home page (issue #23 item 2: at most 3 once the shared pages are warm)', () => {
  it("the signed-in home's data: the shared pages when cold, then my parts, my rooms' last messages and direct rooms' peers, at any number of rooms", async () => {
    const { readHome } = await import('@/lib/home/queries');
    const { openDirectRoom } = await import('@/lib/chat/direct');
    const { joinGame } = await import('@/lib/games/players');
    const { likeSpace } = await import('@/lib/spaces/mutations');
    const { flushEvents } = await import('@/lib/events/dispatcher');
    const { seoulInstant } = await import('@/lib/core/seoul-time');
    const { createTestGame } = await import('../support/games');
    const { createPaidReservation } = await import('../support/reservations');
    const { createTestSpace, seoulDateInDays } = await import('../support/spaces');
    const me = await createUser();
    const now = new Date();
    const addRooms = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const post = await createTestPost(await createUser(), { title: `같이 주문 ${i}` });
        await chat.joinRoom(getDb(), me, post.chatRoomId);
        await chat.sendMessage(getDb(), me, post.chatRoomId, { body: `안녕 ${i}` });
        const { room } = await openDirectRoom(getDb(), await createUser(), me.id);
        await chat.sendMessage(getDb(), me, room.id, { body: `반가워요 ${i}` });
      }
    };
    await addRooms(1);
    await joinGame(getDb(), me, (await createTestGame(await createUser(), now, { startsInHours: 30 })).id);
    const { space } = await createTestSpace();
    await likeSpace(getDb(), me, space.id);
    const date = seoulDateInDays(3);
    await createPaidReservation(me, space.id, seoulInstant(date, 10), seoulInstant(date, 12), now);
    // The writes' events (which mark the shared pages changed) are delivered before counting.
    await flushEvents();
    const home = async () => {
      let read: Awaited<ReturnType<typeof readHome>> | undefined;
      const queries = await statementsFor(async () => {
        read = await readHome(getDb(), me, now, { boardSize: 5 });
      });
      return { queries, read: read! };
    };
    const cold = await home();
    const warm = await home();
    expect(warm.read).toEqual(cold.read);
    expect(warm.read).toMatchObject({ nextReservation: { spaceId: space.id }, nextGame: { participation: 'joined' }, spaces: [{ isLiked: true }] });
    expect(warm.read.posts.items).toMatchObject([{ isJoined: true }]);
    // The board, spaces and games pages, then my parts (rooms, next booking, next game, likes), last messages, peers.
    expect(cold.queries.length, cold.queries.join('\n')).toBeLessThanOrEqual(6);
    expect(warm.queries.length, warm.queries.join('\n')).toBeLessThanOrEqual(3);

    await addRooms(4);
    await flushEvents();
    await home();
    const more = await home();
    expect(more.read.rooms).toHaveLength(11);
    expect(more.queries.length).toBe(warm.queries.length);

    // A newcomer has no rooms: my parts alone.
    const newcomer = await createUser();
    await readHome(getDb(), newcomer, now, { boardSize: 5 });
    const alone = await statementsFor(() => readHome(getDb(), newcomer, now, { boardSize: 5 }));
    expect(alone.length, alone.join('\n')).toBe(1);
  });
});

describe('statements per chat write (issue #19: the lively room stays as fast as a quiet one)', () => {
  it('a message, a read-marker move and a reaction are 1 statement each, at any room size', async () => {
    const { setReaction } = await import('@/lib/chat/reactions');
    const owner = await createUser();
    const post = await createTestPost(owner, { targetNumber: 10 });
    const roomId = post.chatRoomId;
    const members = await joinedMembers(roomId, 6);
    let sent: { id: number } | undefined;
    const send = await statementsFor(async () => {
      sent = (await chat.sendMessage(getDb(), owner, roomId, { body: '오늘 저녁 치킨 어때요', clientId: crypto.randomUUID() })).message;
    });
    // the message with my membership, its send limit and its event (its members read in SQL)
    expect(send.length, send.join('\n')).toBe(1);
    expect(sent).toMatchObject({ unreadCount: 6, body: '오늘 저녁 치킨 어때요' });
    const read = await statementsFor(async () => {
      expect((await chat.markRead(getDb(), members[0]!, roomId, sent!.id)).unreadCount).toBe(0);
    });
    // the marker with my membership, what it was, my unread count and the event
    expect(read.length, read.join('\n')).toBe(1);
    const react = await statementsFor(() => setReaction(getDb(), members[1]!, sent!.id, '👍', true));
    // the reaction with the message, my membership, its counts and its event
    expect(react.length, react.join('\n')).toBe(1);
  });
});

import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { listPosts } from '@/lib/boards/queries';
import { openDirectRoom } from '@/lib/chat/direct';
import { joinRoom, sendMessage } from '@/lib/chat/mutations';
import { listMyRooms } from '@/lib/chat/queries';
import { seoulInstant } from '@/lib/core/seoul-time';
import { joinGame } from '@/lib/games/players';
import { listGames, nextGameFor } from '@/lib/games/queries';
import { nextReservation } from '@/lib/reservations/queries';
import { likeSpace } from '@/lib/spaces/mutations';
import { listSpaces } from '@/lib/spaces/queries';
import { createTestPost } from '@/tests/support/boards';
import { CHEONGUN, createUser } from '@/tests/support/factories';
import { createTestGame } from '@/tests/support/games';
import { createPaidReservation } from '@/tests/support/reservations';
import { createTestSpace, seoulDateInDays } from '@/tests/support/spaces';
import { homeSearches, readHome } from './queries';

const BOARD_SIZE = 5;

/** The home as the domain's own functions read it, one by one (what app/page.tsx did before lib/home). */
async function separately(viewer: User, now: Date) {
  const db = getDb();
  const { board, spacesQuery, gamesQuery } = homeSearches(viewer, now, BOARD_SIZE);
  return {
    rooms: await listMyRooms(db, viewer.id),
    spaces: (await listSpaces(db, viewer.id, spacesQuery, now)).items,
    nextReservation: await nextReservation(db, viewer.id, now),
    games: (await listGames(db, gamesQuery)).items,
    nextGame: await nextGameFor(db, viewer.id, now),
    posts: await listPosts(db, viewer, board),
  };
}

/**
 * A neighbour with a bit of everything: a post's room with a neighbour's join and message unread, a
 * direct room with an unread message, two games (one later), two bookings (one later), a liked
 * space, and board posts they are in and not in.
 */
async function busyNeighbour(now: Date) {
  const me = await createUser();
  const neighbour = await createUser();
  const posts = [];
  for (let i = 0; i < 3; i++) posts.push(await createTestPost(await createUser(), { title: `같이 주문 ${i}` }));
  await joinRoom(getDb(), me, posts[1]!.chatRoomId);
  await joinRoom(getDb(), neighbour, posts[1]!.chatRoomId);
  await sendMessage(getDb(), neighbour, posts[1]!.chatRoomId, { body: '몇 시에 받을까요?' });
  const { room: direct } = await openDirectRoom(getDb(), neighbour, me.id);
  await sendMessage(getDb(), neighbour, direct.id, { body: '안녕하세요' });
  for (const hours of [50, 30]) await joinGame(getDb(), me, (await createTestGame(await createUser(), now, { startsInHours: hours })).id);
  const { space } = await createTestSpace(undefined, { title: '인기 스터디룸' });
  await createTestSpace(undefined, { title: '조용한 스터디룸' });
  await likeSpace(getDb(), me, space.id);
  for (const days of [5, 3]) {
    const date = seoulDateInDays(days, now);
    await createPaidReservation(me, space.id, seoulInstant(date, 10), seoulInstant(date, 12), now);
  }
  return me;
}

describe('readHome (lib/home): the viewer-specific parts in one statement', () => {
  it('reads what the separate functions read: rooms with unread counts and previews, next booking, next game, likes, board memberships', async () => {
    const now = new Date();
    const me = await busyNeighbour(now);
    const home = await readHome(getDb(), me, now, { boardSize: BOARD_SIZE });
    expect(home).toEqual(await separately(me, now));
    // The case is what it says, not an equality of empty lists.
    expect(home.rooms.map((r) => [r.kind, r.unreadCount])).toEqual(
      expect.arrayContaining([
        ['post', 2],
        ['direct', 1],
        ['game', 0],
      ]),
    );
    expect(home.rooms.find((r) => r.kind === 'direct')).toMatchObject({ lastMessage: { body: '안녕하세요' }, peer: { user: { id: expect.any(Number) } } });
    expect(home.nextReservation?.startsAt).toBe(seoulInstant(seoulDateInDays(3, now), 10).toISOString());
    expect(home.nextGame).toMatchObject({ participation: 'joined', game: { startsAt: new Date(now.getTime() + 30 * 3_600_000).toISOString() } });
    expect(home.spaces.map((s) => [s.title, s.isLiked])).toEqual(
      expect.arrayContaining([
        ['인기 스터디룸', true],
        ['조용한 스터디룸', false],
      ]),
    );
    expect(home.posts.items.map((p) => [p.title, p.isJoined])).toEqual([
      ['같이 주문 2', false],
      ['같이 주문 1', true],
      ['같이 주문 0', false],
    ]);
    expect(home.games).toHaveLength(2);
  });

  it('a neighbour with no rooms, bookings, games or likes gets empty parts, and the shared ones as everyone does', async () => {
    const now = new Date();
    await busyNeighbour(now);
    const newcomer = await createUser();
    const home = await readHome(getDb(), newcomer, now, { boardSize: BOARD_SIZE });
    expect(home).toEqual(await separately(newcomer, now));
    expect(home).toMatchObject({ rooms: [], nextReservation: null, nextGame: null });
    expect(home.spaces.every((s) => !s.isLiked)).toBe(true);
    expect(home.posts.items.every((p) => !p.isJoined)).toBe(true);
    expect(home.posts.items).toHaveLength(3);
  });

  it('a viewer with a booking but no room gets their booking; one in a 시군구 with nothing on gets empty lists', async () => {
    const now = new Date();
    const { space } = await createTestSpace();
    const guest = await createUser();
    const date = seoulDateInDays(2, now);
    await createPaidReservation(guest, space.id, seoulInstant(date, 14), seoulInstant(date, 16), now);
    const away = await createUser({ neighbourhoodCode: CHEONGUN });
    const home = await readHome(getDb(), guest, now, { boardSize: BOARD_SIZE });
    expect(home).toEqual(await separately(guest, now));
    expect(home).toMatchObject({ rooms: [], nextGame: null, nextReservation: { spaceId: space.id, status: 'confirmed' } });
    const elsewhere = await readHome(getDb(), away, now, { boardSize: BOARD_SIZE });
    expect(elsewhere).toEqual(await separately(away, now));
    expect(elsewhere).toMatchObject({ spaces: [], games: [], posts: { items: [] }, rooms: [], nextReservation: null, nextGame: null });
  });

  it('a host of a hidden space on the page sees it, as in their own search', async () => {
    const now = new Date();
    const { host, space } = await createTestSpace();
    await getDb().execute(sql`update spaces set hidden_at = now() where id = ${space.id}`);
    const home = await readHome(getDb(), host, now, { boardSize: BOARD_SIZE });
    expect(home).toEqual(await separately(host, now));
    expect(home.spaces.map((s) => s.id)).toEqual([space.id]);
    expect((await readHome(getDb(), await createUser(), now, { boardSize: BOARD_SIZE })).spaces).toEqual([]);
  });
});

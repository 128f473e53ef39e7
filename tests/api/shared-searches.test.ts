import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import * as spacesRoute from '@/app/api/spaces/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import * as likeRoute from '@/app/api/spaces/[id]/like/route';
import * as communityRoute from '@/app/api/community/posts/route';
import * as communityPostRoute from '@/app/api/community/posts/[id]/route';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { bearerFor, createUser } from '../support/factories';
import { gameInput } from '../support/games';
import { forgetAllSharedPages } from '@/lib/core/shared-pages';
import { call } from '../support/http';
import { countStatements } from '../support/statements';
import { createPaidReservation } from '../support/reservations';
import { createTestSpace, seoulDateInDays } from '../support/spaces';
import { seoulInstant } from '@/lib/core/seoul-time';

/**
 * Statements of three concurrent reads after the caches were emptied, against one read's: equal
 * when they share one load (timing-free, unlike a second read that a loaded machine may delay
 * past the page's second).
 */
async function sharesOneLoad(read: () => Promise<unknown>) {
  forgetAllSharedPages();
  const one = await countStatements(read);
  forgetAllSharedPages();
  const three = await countStatements(() => Promise.all([read(), read(), read()]));
  return { one, three };
}

const NEAR = '/api/games?near=33.51,126.52&radiusKm=5';
const titles = async () => ((await call(gamesRoute.GET, { path: NEAR })).body.items as { title: string }[]).map((g) => g.title);

describe('shared anonymous game searches (lib/core/shared-pages.ts)', () => {
  it('shares one load between concurrent anonymous searches, and a host reads their new and changed game at once', async () => {
    const host = await createUser();
    const headers = await bearerFor(host);
    expect(await titles()).toEqual([]);
    const { one, three } = await sharesOneLoad(titles);
    expect(one).toBe(1);
    expect(three).toBe(1);

    const body = JSON.parse(JSON.stringify(gameInput(new Date(), { title: '새 풋살' })));
    const created = await call(gamesRoute.POST, { method: 'POST', path: '/api/games', headers, body });
    expect(created.status).toBe(201);
    expect(await titles()).toEqual(['새 풋살']);

    const id = String(created.body.id);
    const patched = await call(gameRoute.PATCH, { method: 'PATCH', path: `/api/games/${id}`, headers, params: { id }, body: { title: '바뀐 풋살' } });
    expect(patched.status).toBe(200);
    expect(await titles()).toEqual(['바뀐 풋살']);
  });

  it('does not share a signed-in search (a host sees their hidden game)', async () => {
    const viewer = await bearerFor(await createUser());
    await titles();
    expect(await countStatements(() => call(gamesRoute.GET, { path: NEAR, headers: viewer }))).toBeGreaterThan(0);
  });
});

type Card = { id: number; title: string; isLiked: boolean; likeCount: number };
const search = async (path: string, headers: Record<string, string> = {}) => (await call(spacesRoute.GET, { path, headers })).body.items as Card[];

describe('shared space searches (lib/spaces/queries.ts)', () => {
  it('shares the page between viewers, each with their own like, in one statement after authentication', async () => {
    const { space } = await createTestSpace();
    const fan = await createUser();
    const fanHeaders = await bearerFor(fan);
    const other = await bearerFor(await createUser());
    expect(await search('/api/spaces', other)).toMatchObject([{ id: space.id, isLiked: false, likeCount: 0 }]);
    expect(await sharesOneLoad(() => search('/api/spaces'))).toEqual({ one: 1, three: 1 });
    // Signed in: the viewer's likes are remembered since their first search, so the shared page is all three load.
    expect(await sharesOneLoad(() => search('/api/spaces', other))).toEqual({ one: 1, three: 1 });

    const liked = await call(likeRoute.POST, { method: 'POST', path: `/api/spaces/${space.id}/like`, headers: fanHeaders, params: { id: String(space.id) } });
    expect(liked.status).toBe(200);
    // The liker reads their own like and the new count at once; a neighbour sees the count but not the like.
    expect(await search('/api/spaces', fanHeaders)).toMatchObject([{ isLiked: true, likeCount: 1 }]);
    expect(await search('/api/spaces', other)).toMatchObject([{ isLiked: false, likeCount: 1 }]);
    const unliked = await call(likeRoute.DELETE, { method: 'DELETE', path: `/api/spaces/${space.id}/like`, headers: fanHeaders, params: { id: String(space.id) } });
    expect(unliked.status).toBe(200);
    expect(await search('/api/spaces', fanHeaders)).toMatchObject([{ isLiked: false, likeCount: 0 }]);
  });

  it("a host's change and a booking reach the next search at once", async () => {
    const { host, space } = await createTestSpace();
    const headers = await bearerFor(host);
    const date = seoulDateInDays(3);
    const dated = `/api/spaces?date=${date}&start=10:00&end=12:00`;
    expect((await search(dated, headers)).map((s) => s.id)).toEqual([space.id]);
    const patched = await call(spaceRoute.PATCH, { method: 'PATCH', path: `/api/spaces/${space.id}`, headers, params: { id: String(space.id) }, body: { title: '새 이름 스터디룸' } });
    expect(patched.status).toBe(200);
    expect(await search('/api/spaces', headers)).toMatchObject([{ title: '새 이름 스터디룸' }]);

    const guest = await createUser();
    await createPaidReservation(guest, space.id, seoulInstant(date, 10), seoulInstant(date, 12), new Date());
    // Booked through the domain function (no request to flush for): the trigger's event is delivered by the dispatcher.
    await expect.poll(async () => (await search(dated, await bearerFor(guest))).length).toBe(0);
  });

  it('a host who has a hidden space still finds it in their own search', async () => {
    const { host, space } = await createTestSpace();
    await getDb().execute(sql`update spaces set hidden_at = now() where id = ${space.id}`);
    expect((await search('/api/spaces', await bearerFor(host))).map((s) => s.id)).toEqual([space.id]);
    expect(await search('/api/spaces', await bearerFor(await createUser()))).toEqual([]);
  });
});

describe('shared community lists (lib/community/queries.ts)', () => {
  it('one list for the dong, and a writer reads their new and edited post at once', async () => {
    const writer = await bearerFor(await createUser());
    const neighbour = await bearerFor(await createUser());
    const titlesFor = async (headers: Record<string, string>) =>
      ((await call(communityRoute.GET, { path: '/api/community/posts', headers })).body.items as { title: string }[]).map((p) => p.title);
    expect(await titlesFor(neighbour)).toEqual([]);
    // The page and its count (with who wrote hidden posts), once for three neighbours.
    expect(await sharesOneLoad(() => titlesFor(neighbour))).toEqual({ one: 2, three: 2 });

    const created = await call(communityRoute.POST, { method: 'POST', path: '/api/community/posts', headers: writer, body: { title: '우리 동네 빵집', category: 'food', content: '추천해요' } });
    expect(created.status).toBe(201);
    expect(await titlesFor(writer)).toEqual(['우리 동네 빵집']);
    const id = String(created.body.id);
    const edited = await call(communityPostRoute.PATCH, { method: 'PATCH', path: `/api/community/posts/${id}`, headers: writer, params: { id }, body: { title: '우리 동네 빵집 두 곳' } });
    expect(edited.status).toBe(200);
    expect(await titlesFor(writer)).toEqual(['우리 동네 빵집 두 곳']);
    expect(await titlesFor(neighbour)).toEqual(['우리 동네 빵집 두 곳']);
  });
});

describe('removals reach the shared searches as removals (never served from an older page)', () => {
  it('hiding a game, a space and a community post, and deleting a space, record removal events', async () => {
    const { outboxEvents } = await import('@/db/schema');
    const { submitReport } = await import('@/lib/reports/mutations');
    const { deleteSpace } = await import('@/lib/spaces/mutations');
    const { createTestGame } = await import('../support/games');
    const { createCommunityPost } = await import('../support/community');
    const owner = await createUser();
    const game = await createTestGame(owner, new Date());
    const { space } = await createTestSpace(owner);
    const post = await createCommunityPost(owner);
    const removals = async () =>
      (await getDb().select({ type: outboxEvents.type, payload: outboxEvents.payload }).from(outboxEvents)).filter(
        (e) => e.type === 'games:removed' || (e.payload as { removed?: boolean }).removed === true,
      );
    expect(await removals()).toEqual([]);
    for (let i = 0; i < 3; i++) {
      const reporter = await createUser();
      for (const [targetType, targetId] of [['game', game.id], ['space', space.id], ['community_post', post.id]] as const) {
        await submitReport(getDb(), reporter, { targetType, targetId, reason: 'abuse' });
      }
    }
    expect((await removals()).map((e) => e.type).sort()).toEqual(['community:changed', 'games:removed', 'spaces:changed']);
    const { space: other, host } = await createTestSpace();
    await deleteSpace(getDb(), host, other.id);
    expect(await removals()).toHaveLength(4);
  });
});

describe('shared post pages (lib/boards/board-cache.ts postDetails)', () => {
  it('one load for every viewer, each with their own isJoined; a join shows at once, a hide is a 404 at once', async () => {
    const postRoute = await import('@/app/api/posts/[id]/route');
    const membersRoute = await import('@/app/api/chat/rooms/[id]/members/route');
    const { submitReport } = await import('@/lib/reports/mutations');
    const { flushEvents } = await import('@/lib/events/dispatcher');
    const { createTestPost } = await import('../support/boards');
    const author = await createUser();
    const post = await createTestPost(author, { targetNumber: 4 });
    const [alice, bob] = [await bearerFor(await createUser()), await bearerFor(await createUser())];
    const id = String(post.id);
    const read = (headers: Record<string, string>) => call(postRoute.GET, { path: `/api/posts/${id}`, headers, params: { id } });
    await read(alice);
    await read(bob);
    // Warm, with both users cached: the shared page costs nothing, each viewer one probe of their seat.
    expect(await countStatements(() => read(alice))).toBe(1);

    // A write answers with the post as it committed, not with the shared page its events have yet to refresh.
    const completeRoute = await import('@/app/api/posts/[id]/complete/route');
    const authorHeaders = await bearerFor(author);
    await read(authorHeaders);
    const completed = await call(completeRoute.POST, { method: 'POST', headers: authorHeaders, params: { id } });
    expect(completed.body).toMatchObject({ isComplete: true });
    expect((await read(authorHeaders)).body).toMatchObject({ isComplete: true });
    const reopenRoute = await import('@/app/api/posts/[id]/reopen/route');
    expect((await call(reopenRoute.POST, { method: 'POST', headers: authorHeaders, params: { id } })).body).toMatchObject({ isComplete: false });

    expect((await call(membersRoute.POST, { method: 'POST', headers: alice, params: { id: String(post.chatRoomId) } })).status).toBeLessThan(300);
    expect((await read(alice)).body).toMatchObject({ joinNumber: 2, isJoined: true });
    expect((await read(bob)).body).toMatchObject({ joinNumber: 2, isJoined: false });

    for (let i = 0; i < 3; i++) await submitReport(getDb(), await createUser(), { targetType: 'post', targetId: post.id, reason: 'abuse' });
    // Called directly, not through a request (which answers after its events went out).
    await flushEvents();
    expect((await read(bob)).status).toBe(404);
    expect((await read(await bearerFor(author))).body.hiddenAt).toEqual(expect.any(String));
  });
});

import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as reportsRoute from '@/app/api/reports/route';
import * as mineRoute from '@/app/api/reports/mine/route';
import * as postsRoute from '@/app/api/posts/route';
import * as postRoute from '@/app/api/posts/[id]/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import * as roomsRoute from '@/app/api/chat/rooms/route';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import * as spacesRoute from '@/app/api/spaces/route';
import * as spaceRoute from '@/app/api/spaces/[id]/route';
import * as notificationsRoute from '@/app/api/notifications/route';
import * as adminTargetRoute from '@/app/api/admin/reports/[targetType]/[targetId]/route';
import * as adminUserRoute from '@/app/api/admin/users/[id]/route';
import * as communityPostsRoute from '@/app/api/community/posts/route';
import * as communityPostRoute from '@/app/api/community/posts/[id]/route';
import * as communityCommentsRoute from '@/app/api/community/posts/[id]/comments/route';
import { getDb } from '@/db/client';
import { mealPosts, reports } from '@/db/schema';
import { joinRoom, sendMessage } from '@/lib/chat/mutations';
import { addComment } from '@/lib/community/mutations';
import { submitReport } from '@/lib/reports/mutations';
import { createTestPost } from '../support/boards';
import { createCommunityPost } from '../support/community';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call, expectProblem } from '../support/http';
import { createTestSpace } from '../support/spaces';

const report = async (user: Awaited<ReturnType<typeof createUser>>, body: Record<string, unknown>) =>
  call(reportsRoute.POST, { method: 'POST', path: '/api/reports', headers: await bearerFor(user), unchecked: body });

const boardIds = async (viewer: Awaited<ReturnType<typeof createUser>>) =>
  (await call(postsRoute.GET, { path: '/api/posts', headers: await bearerFor(viewer) })).body.items.map((p: { id: number }) => p.id);

describe('POST /api/reports', () => {
  it('anonymous is 401; bad bodies are 400 with field errors', async () => {
    expectProblem(await call(reportsRoute.POST, { method: 'POST', path: '/api/reports', body: { targetType: 'post', targetId: 1, reason: 'spam' } }), 401);
    const me = await createUser();
    for (const body of [{}, { targetType: 'poll', targetId: 1, reason: 'spam' }, { targetType: 'post', targetId: -1, reason: 'spam' }, { targetType: 'post', targetId: 1, reason: 'boring' }, { targetType: 'post', targetId: 1, reason: 'spam', text: 'x'.repeat(1001) }]) {
      expect(expectProblem(await report(me, body), 400).errors).toBeTruthy();
    }
  });

  it('404 for an unknown target, 400 for myself or my own content, 409 for a second open report', async () => {
    const [author, reporter] = [await createUser(), await createUser()];
    const post = await createTestPost(author);
    expectProblem(await report(reporter, { targetType: 'post', targetId: 999_999, reason: 'spam' }), 404);
    expectProblem(await report(reporter, { targetType: 'user', targetId: 999_999, reason: 'spam' }), 404);
    expect(expectProblem(await report(author, { targetType: 'post', targetId: post.id, reason: 'spam' }), 400).reason).toBe('own_content');
    expect(expectProblem(await report(author, { targetType: 'user', targetId: author.id, reason: 'abuse' }), 400).reason).toBe('own_content');

    const first = await report(reporter, { targetType: 'post', targetId: post.id, reason: 'fraud', text: '선입금 요구' });
    expect(first).toMatchObject({ status: 201, body: { targetType: 'post', targetId: post.id, reason: 'fraud', text: '선입금 요구', status: 'open', targetHidden: false } });
    expect(expectProblem(await report(reporter, { targetType: 'post', targetId: post.id, reason: 'spam' }), 409).reason).toBe('already_reported');

    const mine = await call(mineRoute.GET, { path: '/api/reports/mine', headers: await bearerFor(reporter) });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ id: first.body.id, status: 'open' });
    expectProblem(await call(mineRoute.GET, { path: '/api/reports/mine' }), 401);
  });

  it('reports a message, a game, a space and a user', async () => {
    const [owner, reporter] = [await createUser(), await createUser()];
    const post = await createTestPost(owner);
    await joinRoom(getDb(), reporter, post.chatRoomId);
    const { message } = await sendMessage(getDb(), owner, post.chatRoomId, { body: '광고입니다' });
    const game = await createTestGame(owner, new Date());
    const { space } = await createTestSpace(owner);
    for (const [targetType, targetId] of [['message', message.id], ['game', game.id], ['space', space.id], ['user', owner.id]] as const) {
      const res = await report(reporter, { targetType, targetId, reason: 'spam' });
      expect(res.status, targetType).toBe(201);
    }
    const rows = await getDb().select().from(reports).where(eq(reports.reporterId, reporter.id));
    expect(rows.every((r) => r.targetUserId === owner.id)).toBe(true);
  });
});

describe('hiding at the threshold', () => {
  it('two reports keep a post visible; the third distinct reporter hides it for everyone but its author, who is notified', async () => {
    const author = await createUser();
    const [a, b, c, neighbour] = [await createUser(), await createUser(), await createUser(), await createUser()];
    const post = await createTestPost(author);

    expect((await report(a, { targetType: 'post', targetId: post.id, reason: 'spam' })).body.targetHidden).toBe(false);
    // The same reporter again does not count twice.
    expectProblem(await report(a, { targetType: 'post', targetId: post.id, reason: 'abuse' }), 409);
    expect((await report(b, { targetType: 'post', targetId: post.id, reason: 'spam' })).body.targetHidden).toBe(false);
    expect(await boardIds(neighbour)).toContain(post.id);

    expect((await report(c, { targetType: 'post', targetId: post.id, reason: 'inappropriate' })).body.targetHidden).toBe(true);
    expect(await boardIds(neighbour)).not.toContain(post.id);
    expect(await boardIds(a)).not.toContain(post.id);
    expect(await boardIds(author)).toContain(post.id);
    expectProblem(await call(postRoute.GET, { path: `/api/posts/${post.id}`, headers: await bearerFor(neighbour), params: { id: String(post.id) } }), 404);

    const own = await call(postRoute.GET, { path: `/api/posts/${post.id}`, headers: await bearerFor(author), params: { id: String(post.id) } });
    expect(own.status).toBe(200);
    expect(own.body.hiddenAt).toEqual(expect.any(String));

    const notices = await call(notificationsRoute.GET, { path: '/api/notifications', headers: await bearerFor(author) });
    expect(notices.body.items).toEqual([expect.objectContaining({ type: 'content_hidden', link: `/posts/${post.id}` })]);
  });

  it('the threshold comes from REPORT_HIDE_THRESHOLD', async () => {
    const author = await createUser();
    const post = await createTestPost(author);
    const result = await submitReport(getDb(), await createUser(), { targetType: 'post', targetId: post.id, reason: 'spam' }, 1);
    expect(result.targetHidden).toBe(true);
  });

  it('hidden messages, games and spaces leave lists and pages but stay with their author', async () => {
    const owner = await createUser();
    const reporters = [await createUser(), await createUser(), await createUser()];
    const post = await createTestPost(owner);
    for (const r of reporters) await joinRoom(getDb(), r, post.chatRoomId);
    const { message } = await sendMessage(getDb(), owner, post.chatRoomId, { body: '욕설' });
    const game = await createTestGame(owner, new Date());
    const { space } = await createTestSpace(owner);
    for (const r of reporters) {
      for (const [targetType, targetId] of [['message', message.id], ['game', game.id], ['space', space.id]] as const) {
        await submitReport(getDb(), r, { targetType, targetId, reason: 'abuse' });
      }
    }
    const viewer = reporters[0]!;
    const history = async (u: typeof owner) =>
      (await call(messagesRoute.GET, { path: `/api/chat/rooms/${post.chatRoomId}/messages`, headers: await bearerFor(u), params: { id: String(post.chatRoomId) } })).body.items.map((m: { id: number }) => m.id);
    expect(await history(viewer)).not.toContain(message.id);
    expect(await history(owner)).toContain(message.id);
    const rooms = await call(roomsRoute.GET, { path: '/api/chat/rooms', headers: await bearerFor(viewer) });
    expect(rooms.body.items[0]!.lastMessage).toMatchObject({ id: message.id, body: '신고로 숨겨진 메시지입니다.' });

    const gameIds = async (u: typeof owner) => (await call(gamesRoute.GET, { path: '/api/games', headers: await bearerFor(u) })).body.items.map((g: { id: number }) => g.id);
    expect(await gameIds(viewer)).not.toContain(game.id);
    expect(await gameIds(owner)).toContain(game.id);
    expectProblem(await call(gameRoute.GET, { path: `/api/games/${game.id}`, headers: await bearerFor(viewer), params: { id: String(game.id) } }), 404);
    expect((await call(gameRoute.GET, { path: `/api/games/${game.id}`, headers: await bearerFor(owner), params: { id: String(game.id) } })).body.hiddenAt).toEqual(expect.any(String));

    const spaceIds = async (u: typeof owner) => (await call(spacesRoute.GET, { path: '/api/spaces', headers: await bearerFor(u) })).body.items.map((s: { id: number }) => s.id);
    expect(await spaceIds(viewer)).not.toContain(space.id);
    expect(await spaceIds(owner)).toContain(space.id);
    expectProblem(await call(spaceRoute.GET, { path: `/api/spaces/${space.id}`, headers: await bearerFor(viewer), params: { id: String(space.id) } }), 404);
    expect((await call(spaceRoute.GET, { path: `/api/spaces/${space.id}`, headers: await bearerFor(owner), params: { id: String(space.id) } })).status).toBe(200);
  });

  it('concurrent reports by distinct neighbours hide the post exactly once', async () => {
    const author = await createUser();
    const post = await createTestPost(author);
    const reporters = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const results = await Promise.all(reporters.map((r) => submitReport(getDb(), r, { targetType: 'post', targetId: post.id, reason: 'spam' })));
    expect(results.filter((r) => r.targetHidden)).toHaveLength(1);
    const [row] = await getDb().select().from(mealPosts).where(eq(mealPosts.id, post.id));
    expect(row!.hiddenAt).not.toBeNull();
    const notices = await call(notificationsRoute.GET, { path: '/api/notifications', headers: await bearerFor(author) });
    expect(notices.body.items.filter((n: { type: string }) => n.type === 'content_hidden')).toHaveLength(1);
  });

  it('the same reporter reporting twice at once: one 201, one 409', async () => {
    const [author, reporter] = [await createUser(), await createUser()];
    const post = await createTestPost(author);
    const statuses = await Promise.all([1, 2].map(() => report(reporter, { targetType: 'post', targetId: post.id, reason: 'spam' }).then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, 409]);
  });
});

describe('no input produces a 500', () => {
  it('POST /api/reports and the admin actions with arbitrary bodies', async () => {
    const [admin, author] = [await createUser({ role: 'admin' }), await createUser()];
    const post = await createTestPost(author);
    const [userAuth, adminAuth] = [await bearerFor(await createUser()), await bearerFor(admin)];
    const value = fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.double(), fc.constant(null), fc.jsonValue());
    const body = fc.oneof(fc.jsonValue(), fc.record({ targetType: value, targetId: value, reason: value, text: value, action: value, days: value }, { requiredKeys: [] }));
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('post', 'user', 'x'), async (b, type) => {
        const results = [
          await call(reportsRoute.POST, { method: 'POST', path: '/api/reports', headers: userAuth, unchecked: b }),
          await call(adminTargetRoute.POST, { method: 'POST', path: '/x', headers: adminAuth, params: { targetType: type, targetId: String(post.id) }, unchecked: b }),
          await call(adminUserRoute.POST, { method: 'POST', path: '/x', headers: adminAuth, params: { id: String(author.id) }, unchecked: b }),
        ];
        for (const res of results) expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });
});

describe('community (동네생활) targets', () => {
  it('three reports hide a community post and a comment for everyone but their authors; an admin deletes the comment', async () => {
    const [author, commenter, admin] = [await createUser(), await createUser(), await createUser({ role: 'admin' })];
    const reporters = [await createUser(), await createUser(), await createUser()];
    const post = await createCommunityPost(author);
    const comment = await addComment(getDb(), commenter, post.id, { content: '광고 댓글' });
    for (const r of reporters) {
      await submitReport(getDb(), r, { targetType: 'community_post', targetId: post.id, reason: 'spam' });
      await submitReport(getDb(), r, { targetType: 'community_comment', targetId: comment.id, reason: 'abuse' });
    }
    const viewer = reporters[0]!;
    const ids = async (u: typeof author) => (await call(communityPostsRoute.GET, { path: '/api/community/posts', headers: await bearerFor(u) })).body.items.map((p: { id: number }) => p.id);
    expect(await ids(viewer)).not.toContain(post.id);
    expect(await ids(author)).toContain(post.id);
    const open = async (u: typeof author) => call(communityPostRoute.GET, { path: '/x', headers: await bearerFor(u), params: { id: String(post.id) } });
    expectProblem(await open(viewer), 404);
    expect((await open(author)).body.hiddenAt).toEqual(expect.any(String));
    const comments = async (u: typeof author) =>
      (await call(communityCommentsRoute.GET, { path: '/x', headers: await bearerFor(u), params: { id: String(post.id) } })).body.items.map((c: { id: number }) => c.id);
    expect(await comments(author)).not.toContain(comment.id);
    expect(await comments(commenter)).toContain(comment.id);

    const removed = await call(adminTargetRoute.POST, {
      method: 'POST',
      path: '/x',
      headers: await bearerFor(admin),
      params: { targetType: 'community_comment', targetId: String(comment.id) },
      body: { action: 'delete', reason: '광고' },
    });
    expect(removed.status).toBe(200);
    expect(await comments(commenter)).not.toContain(comment.id);
  });
});

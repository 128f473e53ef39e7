import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as queueRoute from '@/app/api/admin/reports/route';
import * as targetRoute from '@/app/api/admin/reports/[targetType]/[targetId]/route';
import * as usersRoute from '@/app/api/admin/users/route';
import * as userRoute from '@/app/api/admin/users/[id]/route';
import * as contentRoute from '@/app/api/admin/content/route';
import * as auditRoute from '@/app/api/admin/audit/route';
import * as postsRoute from '@/app/api/posts/route';
import * as postRoute from '@/app/api/posts/[id]/route';
import * as tokensRoute from '@/app/api/tokens/route';
import * as notificationsRoute from '@/app/api/notifications/route';
import * as messagesRoute from '@/app/api/chat/rooms/[id]/messages/route';
import { getDb } from '@/db/client';
import { adminActions, games, mealPosts, reports, spaces, users, type User } from '@/db/schema';
import { deleteAccount } from '@/lib/accounts/mutations';
import { forgetUserLocally } from '@/lib/auth/user-cache';
import { joinRoom, sendMessage } from '@/lib/chat/mutations';
import { authenticate } from '@/lib/accounts/authenticate';
import { adminContentEndpoint, adminUsersEndpoint, auditLogEndpoint, moderateTargetEndpoint, moderateUserEndpoint, reportQueueEndpoint } from '@/lib/admin/endpoints';
import { apiDocument } from '@/app/openapi';
import { submitReport } from '@/lib/reports/mutations';
import { createTestPost } from '../support/boards';
import { createTestGame } from '../support/games';
import { createTestSpace } from '../support/spaces';
import { bearerFor, createUser, PASSWORD } from '../support/factories';
import { call, expectProblem } from '../support/http';
import { next, socketServerPerTest } from '../support/sockets';

const routes: { endpoint: { method: string; path: string }; handler: Parameters<typeof call>[0]; params: Record<string, string> }[] = [
  { endpoint: reportQueueEndpoint, handler: queueRoute.GET, params: {} },
  { endpoint: moderateTargetEndpoint, handler: targetRoute.POST, params: { targetType: 'post', targetId: '1' } },
  { endpoint: adminUsersEndpoint, handler: usersRoute.GET, params: {} },
  { endpoint: moderateUserEndpoint, handler: userRoute.POST, params: { id: '1' } },
  { endpoint: adminContentEndpoint, handler: contentRoute.GET, params: {} },
  { endpoint: auditLogEndpoint, handler: auditRoute.GET, params: {} },
];

const act = async (admin: User, type: string, id: number, body: Record<string, unknown>) =>
  call(targetRoute.POST, { method: 'POST', path: `/api/admin/reports/${type}/${id}`, headers: await bearerFor(admin), params: { targetType: type, targetId: String(id) }, unchecked: body });
const actOnUser = async (admin: User, id: number, body: Record<string, unknown>) =>
  call(userRoute.POST, { method: 'POST', path: `/api/admin/users/${id}`, headers: await bearerFor(admin), params: { id: String(id) }, unchecked: body });
const auditRows = () => getDb().select().from(adminActions).orderBy(adminActions.id);
const noticesOf = async (user: User) => (await call(notificationsRoute.GET, { path: '/api/notifications', headers: await bearerFor(user) })).body.items;

async function reportedPost(reporterCount = 3) {
  const author = await createUser();
  const post = await createTestPost(author);
  const reporters = [];
  for (let i = 0; i < reporterCount; i++) {
    const r = await createUser();
    reporters.push(r);
    await submitReport(getDb(), r, { targetType: 'post', targetId: post.id, reason: 'spam', text: `신고 ${i}` });
  }
  return { author, post, reporters };
}

describe('who may use the admin API', () => {
  it('every admin route is in the OpenAPI document, 401 to anonymous and 404 to a member', async () => {
    const member = await createUser();
    const doc = apiDocument();
    for (const { endpoint, handler, params } of routes) {
      expect(doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()], endpoint.path).toBeTruthy();
      const body = endpoint.method === 'GET' ? undefined : { action: 'warn', reason: '테스트' };
      expectProblem(await call(handler, { method: endpoint.method, path: endpoint.path, params, unchecked: body }), 401);
      expectProblem(await call(handler, { method: endpoint.method, path: endpoint.path, params, unchecked: body, headers: await bearerFor(member) }), 404);
      // Bad input tells a member nothing either: the role is checked before anything is parsed.
      const junk = { path: `${endpoint.path}?page=-1&type=zz`, params: Object.fromEntries(Object.keys(params).map((k) => [k, 'zz'])), headers: await bearerFor(member) };
      expectProblem(await call(handler, { method: endpoint.method, ...junk, ...(endpoint.method !== 'GET' && { rawBody: '{bad' }) }), 404);
    }
  });

  it('ADMIN_EMAILS makes an account admin at login', async () => {
    const user = await createUser();
    process.env.ADMIN_EMAILS = ` someone@else.test, ${user.email.toUpperCase()} `;
    try {
      const signedIn = await authenticate(getDb(), { assertAllowed: async () => {}, recordFailure: async () => {}, recordSuccess: async () => {} } as never, { email: user.email, password: PASSWORD, ip: '1' });
      expect(signedIn.role).toBe('admin');
    } finally {
      delete process.env.ADMIN_EMAILS;
    }
  });
});

describe('the reports queue', () => {
  it('groups reports by target with the content in context, newest or most reported first', async () => {
    const admin = await createUser({ role: 'admin' });
    const many = await reportedPost(3);
    const few = await reportedPost(1);
    const auth = await bearerFor(admin);
    const newest = await call(queueRoute.GET, { path: '/api/admin/reports', headers: auth });
    expect(newest.status).toBe(200);
    expect(newest.body.items.map((g: { target: { id: number } }) => g.target.id)).toEqual([few.post.id, many.post.id]);
    const most = await call(queueRoute.GET, { path: '/api/admin/reports?sort=most', headers: auth });
    const top = most.body.items[0]!;
    expect(top).toMatchObject({ reporters: 3, openReports: 3, target: { type: 'post', id: many.post.id, exists: true, title: many.post.title, hiddenAt: expect.any(String), owner: { id: many.author.id } } });
    expect(top.reports).toHaveLength(3);
    expect(top.reports[0]).toMatchObject({ reason: 'spam', reporter: { id: expect.any(Number) } });
  });

  it('unhide shows the post again and closes its reports; an audit row is written', async () => {
    const admin = await createUser({ role: 'admin' });
    const { post, reporters } = await reportedPost(3);
    const res = await act(admin, 'post', post.id, { action: 'unhide', reason: '문제없는 글' });
    expect(res.status).toBe(200);
    const board = await call(postsRoute.GET, { path: '/api/posts', headers: await bearerFor(reporters[0]!) });
    expect(board.body.items.map((p: { id: number }) => p.id)).toContain(post.id);
    const open = await getDb().select().from(reports).where(eq(reports.status, 'open'));
    expect(open).toHaveLength(0);
    expect((await auditRows()).at(-1)).toMatchObject({ id: res.body.auditId, adminId: admin.id, action: 'unhide', targetType: 'post', targetId: post.id, reason: '문제없는 글' });
    // New reports can start again after review.
    expect((await submitReport(getDb(), reporters[0]!, { targetType: 'post', targetId: post.id, reason: 'spam' })).status).toBe('open');
  });

  it('hide, dismiss, warn and delete: each closes the reports, notifies as due and is audited', async () => {
    const admin = await createUser({ role: 'admin' });
    const a = await reportedPost(1);
    expect((await act(admin, 'post', a.post.id, { action: 'hide', reason: '광고' })).status).toBe(200);
    expect((await getDb().select().from(mealPosts).where(eq(mealPosts.id, a.post.id)))[0]!.hiddenAt).not.toBeNull();
    expect((await act(admin, 'post', a.post.id, { action: 'dismiss', reason: '오해였음' })).status).toBe(200);
    expect((await getDb().select().from(mealPosts).where(eq(mealPosts.id, a.post.id)))[0]!.hiddenAt).toBeNull();

    const b = await reportedPost(1);
    expect((await act(admin, 'post', b.post.id, { action: 'warn', reason: '제목에 광고 금지' })).status).toBe(200);
    expect(await noticesOf(b.author)).toEqual([expect.objectContaining({ type: 'moderation', body: '사유: 제목에 광고 금지' })]);

    const c = await reportedPost(3);
    expect((await act(admin, 'post', c.post.id, { action: 'delete', reason: '사기 글' })).status).toBe(200);
    expectProblem(await call(postRoute.GET, { path: `/api/posts/${c.post.id}`, headers: await bearerFor(c.author), params: { id: String(c.post.id) } }), 404);
    expect((await noticesOf(c.author)).map((n: { type: string }) => n.type)).toEqual(['moderation', 'content_hidden']);
    expectProblem(await act(admin, 'post', c.post.id, { action: 'delete', reason: '다시' }), 404);
    // Gone content with nothing left open to dismiss, or an id that never existed: 404, nothing audited.
    expectProblem(await act(admin, 'post', c.post.id, { action: 'dismiss', reason: '다시' }), 404);
    expectProblem(await act(admin, 'post', 2_147_483_647, { action: 'dismiss', reason: '없는 글' }), 404);

    expect((await auditRows()).map((r) => r.action)).toEqual(['hide', 'dismiss', 'warn', 'delete']);
    const queue = await call(queueRoute.GET, { path: '/api/admin/reports', headers: await bearerFor(admin) });
    expect(queue.body.items).toEqual([]);
  });

  it('deleting a game cancels it, deleting a space retires it, hiding a message takes it out of the history', async () => {
    const admin = await createUser({ role: 'admin' });
    const [owner, member] = [await createUser(), await createUser()];
    const game = await createTestGame(owner, new Date());
    const { space } = await createTestSpace(owner);
    const post = await createTestPost(owner);
    await joinRoom(getDb(), member, post.chatRoomId);
    const { message } = await sendMessage(getDb(), owner, post.chatRoomId, { body: '욕설' });

    expect((await act(admin, 'game', game.id, { action: 'delete', reason: '허위 모집' })).status).toBe(200);
    expect((await getDb().select().from(games).where(eq(games.id, game.id)))[0]!.status).toBe('cancelled');
    expect((await act(admin, 'space', space.id, { action: 'delete', reason: '허위 공간' })).status).toBe(200);
    expect((await getDb().select().from(spaces).where(eq(spaces.id, space.id)))[0]!.status).toBe('deleted');
    expect((await act(admin, 'message', message.id, { action: 'hide', reason: '욕설' })).status).toBe(200);
    const history = await call(messagesRoute.GET, { path: '/x', headers: await bearerFor(member), params: { id: String(post.chatRoomId) } });
    expect(history.body.items.map((m: { id: number }) => m.id)).not.toContain(message.id);
    expect((await auditRows()).map((r) => [r.action, r.targetType])).toEqual([['delete', 'game'], ['delete', 'space'], ['hide', 'message']]);
  });

  it('every action needs a reason; suspending needs days; users cannot be hidden', async () => {
    const admin = await createUser({ role: 'admin' });
    const { post, author } = await reportedPost(1);
    for (const body of [{ action: 'hide' }, { action: 'hide', reason: '  ' }, { action: 'suspend', reason: '도배' }, { action: 'explode', reason: 'x' }, { action: 'suspend', reason: 'x', days: 0 }]) {
      expect(expectProblem(await act(admin, 'post', post.id, body), 400).errors).toBeTruthy();
    }
    expectProblem(await act(admin, 'user', author.id, { action: 'hide', reason: '프로필' }), 400);
    expectProblem(await act(admin, 'post', 999_999, { action: 'hide', reason: '없음' }), 404);
    expect(await auditRows()).toEqual([]);
  });
});

describe('suspending and banning', () => {
  const sockets = socketServerPerTest();

  it('suspending from a report sets the end and notifies; the author can log in again', async () => {
    const admin = await createUser({ role: 'admin' });
    const { post, author } = await reportedPost(1);
    const res = await act(admin, 'post', post.id, { action: 'suspend', reason: '반복 광고', days: 7 });
    expect(res.status).toBe(200);
    const [row] = await getDb().select().from(users).where(eq(users.id, author.id));
    expect(row!.suspendedUntil!.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect(row!.suspensionReason).toBe('반복 광고');
    expect((await auditRows())[0]).toMatchObject({ action: 'suspend', targetType: 'post', details: expect.objectContaining({ days: 7, ownerId: author.id }) });
    expect((await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', body: { email: author.email, password: PASSWORD } })).status).toBe(201);
    expect((await actOnUser(admin, author.id, { action: 'unsuspend', reason: '이의 신청 인정' })).status).toBe(200);
    expect((await getDb().select().from(users).where(eq(users.id, author.id)))[0]!.suspendedUntil).toBeNull();
  });

  it('a ban cuts the live socket at once and refuses every later login (403 banned) until unbanned', async () => {
    const admin = await createUser({ role: 'admin' });
    const target = await createUser();
    const socket = await sockets.client(target);
    const cut = next(socket, 'disconnect' as never);
    const res = await actOnUser(admin, target.id, { action: 'ban', reason: '사기' });
    expect(res.status).toBe(200);
    await cut;
    const login = await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', body: { email: target.email, password: PASSWORD } });
    expect(expectProblem(login, 403).reason).toBe('banned');
    await expect(sockets.client(target)).rejects.toThrow();

    expect((await actOnUser(admin, target.id, { action: 'unban', reason: '오인 차단' })).status).toBe(200);
    expect((await call(tokensRoute.POST, { method: 'POST', path: '/api/tokens', body: { email: target.email, password: PASSWORD } })).status).toBe(201);
    expect((await auditRows()).map((r) => r.action)).toEqual(['ban', 'unban']);
  });

  it('a suspended socket cannot send or type', async () => {
    const [author, member] = [await createUser(), await createUser()];
    const post = await createTestPost(author);
    await joinRoom(getDb(), member, post.chatRoomId);
    await getDb().update(users).set({ suspendedUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, member.id));
    forgetUserLocally(member.id);
    const socket = await sockets.client(member);
    const joined = await socket.emitWithAck('room:join', { roomId: post.chatRoomId });
    expect(joined.ok).toBe(true);
    const sent = await socket.emitWithAck('message:send', { roomId: post.chatRoomId, body: '안녕' });
    expect(sent).toMatchObject({ ok: false, status: 403, reason: 'suspended' });
    const typed = await socket.emitWithAck('typing', { roomId: post.chatRoomId });
    expect(typed).toMatchObject({ ok: false, status: 403, reason: 'suspended' });
  });
});

describe('users and content', () => {
  it('lists users with activity counts; restores a deleted account; grants and revokes admin', async () => {
    const admin = await createUser({ role: 'admin' });
    const { author } = await reportedPost(2);
    const auth = await bearerFor(admin);
    const list = await call(usersRoute.GET, { path: `/api/admin/users?q=${encodeURIComponent(author.username)}`, headers: auth });
    expect(list.body.items).toEqual([expect.objectContaining({ id: author.id, role: 'member', counts: { posts: 1, messages: 0, games: 0, spaces: 0, reportsAgainst: 2 } })]);

    await deleteAccount(getDb(), author.id, { password: PASSWORD });
    const deleted = await call(usersRoute.GET, { path: '/api/admin/users?status=deleted', headers: auth });
    expect(deleted.body.items.map((u: { id: number }) => u.id)).toEqual([author.id]);
    expect((await actOnUser(admin, author.id, { action: 'restore', reason: '본인 요청' })).status).toBe(200);
    expectProblem(await actOnUser(admin, author.id, { action: 'restore', reason: '다시' }), 409);

    expect((await actOnUser(admin, author.id, { action: 'grant_admin', reason: '운영진 합류' })).status).toBe(200);
    expect((await call(queueRoute.GET, { path: '/api/admin/reports', headers: await bearerFor((await getDb().select().from(users).where(eq(users.id, author.id)))[0]!) })).status).toBe(200);
    expect((await actOnUser(admin, author.id, { action: 'revoke_admin', reason: '운영진 탈퇴' })).status).toBe(200);
    expectProblem(await actOnUser(admin, admin.id, { action: 'ban', reason: '실수' }), 400);
    expectProblem(await actOnUser(admin, 999_999, { action: 'warn', reason: '없음' }), 404);
    expect((await auditRows()).map((r) => r.action)).toEqual(['restore', 'grant_admin', 'revoke_admin']);
  });

  it('content lists filter by type and hidden', async () => {
    const admin = await createUser({ role: 'admin' });
    const hidden = await reportedPost(3);
    const visible = await createTestPost(await createUser());
    const auth = await bearerFor(admin);
    const all = await call(contentRoute.GET, { path: '/api/admin/content?type=post', headers: auth });
    expect(all.body.items.map((i: { id: number }) => i.id)).toEqual([visible.id, hidden.post.id]);
    const onlyHidden = await call(contentRoute.GET, { path: '/api/admin/content?type=post&hidden=true', headers: auth });
    expect(onlyHidden.body.items).toEqual([expect.objectContaining({ id: hidden.post.id, openReports: 3, hiddenAt: expect.any(String) })]);
    expect((await call(contentRoute.GET, { path: '/api/admin/content?type=message', headers: auth })).status).toBe(200);
    expectProblem(await call(contentRoute.GET, { path: '/api/admin/content?type=poll', headers: auth }), 400);
  });
});

describe('the audit log', () => {
  it('is listed newest first and refuses UPDATE and DELETE', async () => {
    const admin = await createUser({ role: 'admin' });
    const target = await createUser();
    await actOnUser(admin, target.id, { action: 'warn', reason: '첫 경고' });
    await actOnUser(admin, target.id, { action: 'suspend', reason: '두 번째', days: 1 });
    const log = await call(auditRoute.GET, { path: '/api/admin/audit', headers: await bearerFor(admin) });
    expect(log.body.items.map((i: { action: string }) => i.action)).toEqual(['suspend', 'warn']);
    expect(log.body.items[0]).toMatchObject({ admin: { id: admin.id }, targetType: 'user', targetId: target.id, reason: '두 번째' });
    await expect(getDb().update(adminActions).set({ reason: '고침' }).where(eq(adminActions.targetId, target.id))).rejects.toThrow();
    await expect(getDb().delete(adminActions).where(eq(adminActions.targetId, target.id))).rejects.toThrow();
    await expect(getDb().execute(sql`update admin_actions set reason = 'x'`)).rejects.toThrow();
    expect(await auditRows()).toHaveLength(2);
  });
});

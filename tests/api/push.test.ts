import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as muteRoute from '@/app/api/chat/rooms/[id]/mute/route';
import * as commentsRoute from '@/app/api/community/posts/[id]/comments/route';
import * as playersRoute from '@/app/api/games/[id]/players/route';
import * as subscriptionsRoute from '@/app/api/push/subscriptions/route';
import * as vapidRoute from '@/app/api/push/vapid-public-key/route';
import * as settingsRoute from '@/app/api/users/me/notification-settings/route';
import { getDb } from '@/db/client';
import { pushDeliveries, pushSubscriptions, type User } from '@/db/schema';
import { openDirectRoom } from '@/lib/chat/direct';
import { sendMessage } from '@/lib/chat/mutations';
import { addComment } from '@/lib/community/mutations';
import { flushEvents } from '@/lib/events/dispatcher';
import { notify } from '@/lib/notifications/notify';
import { expireStalePayments } from '@/lib/payments/mutations';
import { MAX_SUBSCRIPTIONS_PER_USER } from '@/lib/push/subscriptions';
import { sendDuePushes } from '@/lib/push/worker';
import { createCommunityPost } from '../support/community';
import { bearerFor, cookieFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { newBrowserKeys, startFakePushService } from '../support/fake-push-service';
import { call, expectProblem } from '../support/http';
import { startSocketServer } from '../support/sockets';

let push: Awaited<ReturnType<typeof startFakePushService>>;
const savedOrigins = process.env.WEB_PUSH_ALLOWED_ORIGINS;
beforeAll(async () => {
  push = await startFakePushService();
});
beforeEach(() => {
  process.env.WEB_PUSH_ALLOWED_ORIGINS = push.origin;
});
afterEach(() => {
  if (savedOrigins === undefined) delete process.env.WEB_PUSH_ALLOWED_ORIGINS;
  else process.env.WEB_PUSH_ALLOWED_ORIGINS = savedOrigins;
});
afterAll(() => push.close());

const subscribeAs = async (user: User, body: unknown) =>
  call(subscriptionsRoute.POST, { method: 'POST', path: '/api/push/subscriptions', headers: await bearerFor(user), unchecked: body });

/** A subscription at the fake push service, registered through the API. */
async function subscribed(user: User) {
  const sub = push.subscription();
  expect((await subscribeAs(user, { endpoint: sub.endpoint, keys: sub.keys })).status).toBe(201);
  return sub;
}

/** What a server process does after a commit: the dispatcher delivers, then the worker sends. */
async function deliverPushes() {
  await flushEvents();
  return sendDuePushes(getDb());
}

describe('subscriptions API', () => {
  it('answers the VAPID public key to anyone', async () => {
    const res = await call(vapidRoute.GET, { path: '/api/push/vapid-public-key' });
    expect(res).toMatchObject({ status: 200, body: { publicKey: process.env.VAPID_PUBLIC_KEY } });
  });

  it('refuses anonymous callers, bad bodies and endpoints off the allow-list; takes a good one idempotently', async () => {
    const me = await createUser();
    const keys = newBrowserKeys().keys;
    expectProblem(await call(subscriptionsRoute.POST, { method: 'POST', path: '/api/push/subscriptions', body: { endpoint: `${push.origin}/x`, keys } }), 401);
    for (const body of [
      {},
      { endpoint: 'not a url', keys },
      { endpoint: `${push.origin}/a`, keys: { p256dh: keys.p256dh } },
      { endpoint: `${push.origin}/a`, keys: { p256dh: 'AAAA', auth: keys.auth } },
      { endpoint: `${push.origin}/a`, keys: { p256dh: keys.p256dh, auth: 'short' } },
      // SSRF: other hosts, other ports, other schemes, credentials.
      { endpoint: 'http://169.254.169.254/latest/meta-data', keys },
      { endpoint: 'http://localhost:5432/', keys },
      { endpoint: `${push.origin.replace(/:\d+$/, ':1')}/x`, keys },
      { endpoint: `${push.origin.replace('http:', 'https:')}/x`, keys },
      { endpoint: `http://user:pw@${new URL(push.origin).host}/x`, keys },
      { endpoint: 'file:///etc/passwd', keys },
    ]) {
      const res = expectProblem(await subscribeAs(me, body), 400);
      expect(res.errors).toBeTruthy();
    }

    const endpoint = `${push.origin}/push/mine`;
    const first = await subscribeAs(me, { endpoint, keys });
    expect(first).toMatchObject({ status: 201, body: { endpoint } });
    const again = await subscribeAs(me, { endpoint, keys: newBrowserKeys().keys });
    expect(again).toMatchObject({ status: 201, body: { id: first.body.id, endpoint } });
    expect(await getDb().select().from(pushSubscriptions)).toHaveLength(1);
  });

  it('keeps the built-in push services when no list is configured: https on their origins only', async () => {
    delete process.env.WEB_PUSH_ALLOWED_ORIGINS;
    const me = await createUser();
    const keys = newBrowserKeys().keys;
    for (const endpoint of ['https://fcm.googleapis.com/fcm/send/abc', 'https://updates.push.services.mozilla.com/wpush/v2/abc', 'https://web.push.apple.com/QGx', 'https://wns2-by3p.notify.windows.com/w/?token=x']) {
      expect((await subscribeAs(me, { endpoint, keys })).status).toBe(201);
    }
    for (const endpoint of [`${push.origin}/x`, 'http://fcm.googleapis.com/fcm/send/abc', 'https://fcm.googleapis.com:8443/x', 'https://fcm.googleapis.com.evil.example/x', 'https://evil.example/?fcm.googleapis.com', 'https://notify.windows.com.evil.example/x']) {
      expectProblem(await subscribeAs(me, { endpoint, keys }), 400);
    }
  });

  it('holds at most ten per user (409), and an endpoint moves to whoever subscribes it last', async () => {
    const [me, other] = [await createUser(), await createUser()];
    const keys = newBrowserKeys().keys;
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_USER; i++) expect((await subscribeAs(me, { endpoint: `${push.origin}/d${i}`, keys })).status).toBe(201);
    const over = expectProblem(await subscribeAs(me, { endpoint: `${push.origin}/d10`, keys }), 409);
    expect(over.reason).toBe('subscription_limit');
    // Re-subscribing an existing endpoint is not a new one.
    expect((await subscribeAs(me, { endpoint: `${push.origin}/d3`, keys })).status).toBe(201);
    // Another account on that device takes the endpoint over, which frees a place.
    expect((await subscribeAs(other, { endpoint: `${push.origin}/d3`, keys })).status).toBe(201);
    expect((await subscribeAs(me, { endpoint: `${push.origin}/d10`, keys })).status).toBe(201);
  });

  it('deletes only my own subscription (404 otherwise, 401 anonymous)', async () => {
    const [me, other] = [await createUser(), await createUser()];
    const sub = await subscribed(me);
    const del = (headers: Record<string, string>, endpoint = sub.endpoint) =>
      call(subscriptionsRoute.DELETE, { method: 'DELETE', path: '/api/push/subscriptions', headers, body: { endpoint } });
    expectProblem(await del({}), 401);
    expectProblem(await del(await bearerFor(other)), 404);
    expect((await del(await cookieFor(me))).status).toBe(204);
    expectProblem(await del(await bearerFor(me)), 404);
    expect(await getDb().select().from(pushSubscriptions)).toHaveLength(0);
  });
});

describe('notification settings API', () => {
  const put = async (user: User, body: unknown) => call(settingsRoute.PUT, { method: 'PUT', path: '/api/users/me/notification-settings', headers: await bearerFor(user), unchecked: body });

  it('starts with everything on and quiet hours off; saves what is sent', async () => {
    const me = await createUser();
    expectProblem(await call(settingsRoute.GET, { path: '/api/users/me/notification-settings' }), 401);
    const initial = await call(settingsRoute.GET, { path: '/api/users/me/notification-settings', headers: await bearerFor(me) });
    expect(initial).toMatchObject({
      status: 200,
      body: {
        push: true,
        types: { chat: true, mealPosts: true, community: true, friends: true, games: true, spaces: true, payments: true, moderation: true },
        quietHours: { enabled: false, start: '22:00', end: '08:00' },
      },
    });
    const saved = await put(me, { push: true, types: { ...initial.body.types, games: false }, quietHours: { enabled: true, start: '23:30', end: '07:00' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ ...initial.body, types: { ...initial.body.types, games: false }, quietHours: { enabled: true, start: '23:30', end: '07:00' } });
    const partial = await put(me, { types: { chat: false } });
    expect(partial.body.types).toMatchObject({ chat: false, games: false, spaces: true });
    expect((await call(settingsRoute.GET, { path: '/api/users/me/notification-settings', headers: await bearerFor(me) })).body).toEqual(partial.body);
  });

  it('refuses bad times and unknown kinds with field errors (400), changing nothing', async () => {
    const me = await createUser();
    for (const [body, field] of [
      [{ quietHours: { enabled: true, start: '24:00', end: '07:00' } }, 'quietHours.start'],
      [{ quietHours: { enabled: true, start: '22:00', end: '7:00' } }, 'quietHours.end'],
      [{ quietHours: { start: '22:60' } }, 'quietHours.start'],
      [{ quietHours: { start: 2200 } }, 'quietHours.start'],
      [{ quietHours: { enabled: true, start: '22:00', end: '22:00' } }, 'quietHours.end'],
      [{ types: { weather: true } }, 'types'],
      [{ push: 'yes' }, 'push'],
    ] as const) {
      const res = expectProblem(await put(me, body), 400);
      expect(Object.keys(res.errors ?? {})).toContain(field);
    }
    const now = await call(settingsRoute.GET, { path: '/api/users/me/notification-settings', headers: await bearerFor(me) });
    expect(now.body.quietHours).toEqual({ enabled: false, start: '22:00', end: '08:00' });
  });

  it('mutes a room for members only', async () => {
    const [me, peer, stranger] = [await createUser(), await createUser(), await createUser()];
    const { room } = await openDirectRoom(getDb(), me, peer.id);
    const mute = async (user: User | null, muted: unknown, id = room.id) =>
      call(muteRoute.PUT, { method: 'PUT', path: `/api/chat/rooms/${id}/mute`, headers: user ? await bearerFor(user) : {}, params: { id: String(id) }, unchecked: { muted } });
    expectProblem(await mute(null, true), 401);
    expectProblem(await mute(stranger, true), 403);
    expectProblem(await mute(me, true, 999_999), 404);
    expectProblem(await mute(me, 'yes'), 400);
    expect(await mute(me, true)).toMatchObject({ status: 200, body: { roomId: room.id, muted: true } });
    expect(await mute(me, true)).toMatchObject({ status: 200, body: { muted: true } });
    const state = await call(muteRoute.GET, { path: `/api/chat/rooms/${room.id}/mute`, headers: await bearerFor(me), params: { id: String(room.id) } });
    expect(state.body).toEqual({ roomId: room.id, muted: true });
    expect((await mute(me, false)).body).toEqual({ roomId: room.id, muted: false });
  });
});

describe('the web-push consumer and worker', () => {
  it('pushes a DM to an offline member, encrypted for their keys, with TTL, urgency, topic and VAPID', async () => {
    const [me, peer] = [await createUser(), await createUser()];
    const sub = await subscribed(peer);
    const { room } = await openDirectRoom(getDb(), me, peer.id);
    await sendMessage(getDb(), me, room.id, { body: '오늘 저녁 같이 드실래요?' });
    expect(await deliverPushes()).toMatchObject({ sent: 1 });

    const [message] = sub.messages();
    expect(message!.payload).toEqual({ title: me.username, body: '오늘 저녁 같이 드실래요?', url: `/chat/${room.id}`, tag: `room-${room.id}` });
    expect(message!.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '86400', urgency: 'high', topic: `room-${room.id}` });
    expect(message!.vapidError).toBeNull();
    // Nothing left to send, and the sender's own message never reaches the sender.
    expect(await getDb().select().from(pushDeliveries)).toHaveLength(0);
  });

  it('does not push to a member whose socket is in the room, and pushes every stored notification', async () => {
    const sockets = await startSocketServer();
    try {
      const [me, peer] = [await createUser(), await createUser()];
      const sub = await subscribed(peer);
      const { room } = await openDirectRoom(getDb(), me, peer.id);
      const socket = await sockets.client(peer);
      expect(await socket.emitWithAck('room:join', { roomId: room.id })).toMatchObject({ ok: true });
      await sendMessage(getDb(), me, room.id, { body: '보고 계시죠?' });
      await deliverPushes();
      expect(sub.messages()).toHaveLength(0);

      socket.disconnect();
      // The server hears of it a moment later; wait until the room is empty.
      while ((await sockets.io.in(`room:${room.id}`).fetchSockets()).length) await new Promise((r) => setTimeout(r, 10));
      await sendMessage(getDb(), me, room.id, { body: '나가셨네요' });
      await getDb().transaction((tx) => notify(tx, [{ userId: peer.id, type: 'game_promoted', title: '대기에서 참가로 바뀌었어요', body: '결제해 주세요', link: '/games/7' }]));
      await deliverPushes();
      const payloads = sub.messages().map((m) => m.payload);
      expect(payloads).toContainEqual(expect.objectContaining({ body: '나가셨네요' }));
      expect(payloads).toContainEqual(expect.objectContaining({ title: '대기에서 참가로 바뀌었어요', body: '결제해 주세요', url: '/games/7' }));
    } finally {
      await sockets.close();
    }
  });

  it('a muted room sends nothing, except a message mentioning me (its chat_mention notice); the in-app notification still stores', async () => {
    const [me, peer] = [await createUser(), await createUser()];
    const sub = await subscribed(peer);
    const { room } = await openDirectRoom(getDb(), me, peer.id);
    await call(muteRoute.PUT, { method: 'PUT', path: `/api/chat/rooms/${room.id}/mute`, headers: await bearerFor(peer), params: { id: String(room.id) }, body: { muted: true } });
    await sendMessage(getDb(), me, room.id, { body: '조용히 보낼게요' });
    await deliverPushes();
    expect(sub.messages()).toHaveLength(0);
    await sendMessage(getDb(), me, room.id, { body: `<@${peer.id}> 이건 꼭 보세요` });
    await deliverPushes();
    expect(sub.messages().map((m) => [m.payload.title, m.payload.body])).toEqual([[`${me.username}님이 회원님을 불렀어요`, `@${peer.username} 이건 꼭 보세요`]]);
  });

  it('quiet hours hold pushes (not payments); a switched-off kind or push itself sends nothing', async () => {
    const me = await createUser();
    const sub = await subscribed(me);
    const put = async (body: unknown) => call(settingsRoute.PUT, { method: 'PUT', path: '/api/users/me/notification-settings', headers: await bearerFor(me), unchecked: body });
    // Quiet all day but this minute: from the next minute round to this one (Seoul).
    const seoul = new Date(Date.now() + 9 * 3_600_000);
    const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const start = hhmm(new Date(seoul.getTime() - 60 * 60_000));
    const end = hhmm(new Date(seoul.getTime() + 60 * 60_000));
    expect((await put({ quietHours: { enabled: true, start, end } })).status).toBe(200);
    const n = (type: string, title: string) => getDb().transaction((tx) => notify(tx, [{ userId: me.id, type: type as never, title }]));
    const stored = await n('game_full', '모집 완료');
    await n('payout_paid', '정산금이 입금됐어요');
    await deliverPushes();
    expect(stored).toHaveLength(1);
    expect(sub.messages().map((m) => m.payload.title)).toEqual(['정산금이 입금됐어요']);

    await put({ quietHours: { enabled: false }, types: { payments: false } });
    await n('payout_paid', '꺼진 종류');
    await n('game_full', '켜진 종류');
    // Settings are read when the dispatcher delivers: deliver before switching push off, as a
    // running server does within milliseconds of the commit (otherwise this races its NOTIFY).
    await deliverPushes();
    await put({ push: false });
    await n('game_full', '푸시 꺼짐');
    await deliverPushes();
    expect(sub.messages().map((m) => m.payload.title)).toEqual(['정산금이 입금됐어요', '켜진 종류']);
  });

  it('pushes a game promotion to the waitlisted player’s phone when a seat frees up, with high urgency', async () => {
    const game = await createTestGame(await createUser(), new Date(), { minPlayers: 1, maxPlayers: 1, fee: 5000 });
    const params = { id: String(game.id) };
    await call(playersRoute.POST, { method: 'POST', path: `/api/games/${game.id}/players`, headers: await bearerFor(await createUser()), params, body: {} });
    const waiting = await createUser();
    const sub = await subscribed(waiting);
    expect((await call(playersRoute.POST, { method: 'POST', path: `/api/games/${game.id}/players`, headers: await bearerFor(waiting), params, body: { waitlist: true } })).status).toBe(201);
    // The first player's checkout lapses: the seat goes to the waitlist's head.
    await expireStalePayments(getDb(), new Date(Date.now() + 16 * 60_000));
    await deliverPushes();
    const [message] = sub.messages();
    expect(message!.payload).toMatchObject({ url: `/games/${game.id}` });
    expect(message!.headers).toMatchObject({ urgency: 'high' });
  });

  it('pushes a reply to my 동네생활 comment (the community kind), and nothing once that kind is off', async () => {
    const [author, me] = [await createUser(), await createUser()];
    const replier = await createUser({ username: '답글이웃' });
    const sub = await subscribed(me);
    const post = await createCommunityPost(author);
    const comment = await addComment(getDb(), me, post.id, { content: '이 가게 아직 하나요?' });
    const reply = async (content: string) =>
      call(commentsRoute.POST, { method: 'POST', path: `/api/community/posts/${post.id}/comments`, headers: await bearerFor(replier), params: { id: String(post.id) }, body: { content, parentId: comment.id } });
    expect((await reply('네, 어제도 열었어요')).status).toBe(201);
    await deliverPushes();
    expect(sub.messages().map((m) => m.payload)).toEqual([expect.objectContaining({ title: '답글이웃님이 내 댓글에 답글을 남겼어요', body: '네, 어제도 열었어요', url: `/community/${post.id}` })]);

    await call(settingsRoute.PUT, { method: 'PUT', path: '/api/users/me/notification-settings', headers: await bearerFor(me), body: { types: { community: false } } });
    expect((await reply('하나 더')).status).toBe(201);
    await deliverPushes();
    expect(sub.messages()).toHaveLength(1);
  });

  it('deletes a subscription the push service says is gone (410, 404), retries 500 with backoff', async () => {
    const me = await createUser();
    const [gone, missing, flaky] = [await subscribed(me), await subscribed(me), await subscribed(me)];
    push.answer(gone.endpoint, 410);
    push.answer(missing.endpoint, 404);
    push.answer(flaky.endpoint, 500);
    await getDb().transaction((tx) => notify(tx, [{ userId: me.id, type: 'game_full', title: '모집 완료' }]));
    expect(await deliverPushes()).toEqual({ sent: 0, gone: 2, retry: 1, dropped: 0 });
    expect((await getDb().select().from(pushSubscriptions)).map((s) => s.endpoint)).toEqual([flaky.endpoint]);
    const [retry] = await getDb().select().from(pushDeliveries);
    expect(retry).toMatchObject({ attempts: 1 });
    expect(retry!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Not due yet: nothing is sent; once due and the service is back, it goes out once.
    expect(await sendDuePushes(getDb())).toEqual({ sent: 0, gone: 0, retry: 0, dropped: 0 });
    push.answer(flaky.endpoint, 201);
    expect(await sendDuePushes(getDb(), { now: new Date(Date.now() + 120_000) })).toMatchObject({ sent: 1 });
    expect(flaky.messages().filter((m) => m.payload.title === '모집 완료')).toHaveLength(2); // the 500 answer, then the success
    expect(await getDb().select().from(pushDeliveries)).toHaveLength(0);
  });

  it('pushes one event once, however often it is delivered and however many workers send', async () => {
    const me = await createUser();
    const subs = [await subscribed(me), await subscribed(me), await subscribed(me)];
    const [row] = await getDb().transaction((tx) => notify(tx, [{ userId: me.id, type: 'game_full', title: '한 번만' }]));
    await flushEvents();
    // A redelivery of the same event (at least once) enqueues nothing new.
    const { enqueueNotificationPush } = await import('@/lib/push/enqueue');
    const event = { id: (await getDb().select().from(pushDeliveries))[0]!.eventId, type: 'notification:new', payload: row, audience: { users: [me.id] } };
    expect(await getDb().transaction((tx) => enqueueNotificationPush(tx, event))).toBe(0);
    const results = await Promise.all([sendDuePushes(getDb()), sendDuePushes(getDb()), sendDuePushes(getDb())]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
    for (const sub of subs) expect(sub.messages()).toHaveLength(1);
    expect(await getDb().select().from(pushDeliveries).where(eq(pushDeliveries.attempts, 0))).toHaveLength(0);
  });
});

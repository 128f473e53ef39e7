import { and, eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as retryRoute from '@/app/api/webhooks/[id]/deliveries/[deliveryId]/retry/route';
import * as deliveriesRoute from '@/app/api/webhooks/[id]/deliveries/route';
import * as webhookRoute from '@/app/api/webhooks/[id]/route';
import * as testRoute from '@/app/api/webhooks/[id]/test/route';
import * as webhooksRoute from '@/app/api/webhooks/route';
import { getDb } from '@/db/client';
import { notifications, webhookDeliveries, webhookEndpoints, type User } from '@/db/schema';
import { flushEvents } from '@/lib/events/dispatcher';
import { cancelGame } from '@/lib/games/mutations';
import { joinGame } from '@/lib/games/players';
import { purgeOldDeliveries } from '@/lib/webhooks/manage';
import { GIVE_UP_AFTER_MS, sendDueWebhooks } from '@/lib/webhooks/sender';
import { isPublicAddress } from '@/lib/webhooks/url-guard';
import { bearerFor, createUser } from '../support/factories';
import { createTestGame } from '../support/games';
import { call, expectProblem } from '../support/http';
import { startWebhookReceiver } from '../support/webhook-receiver';

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const saved = process.env.WEBHOOK_ALLOWED_HOSTS;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
beforeEach(() => {
  process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';
  receiver.received.length = 0;
  receiver.answer(200);
});
afterEach(() => {
  if (saved === undefined) delete process.env.WEBHOOK_ALLOWED_HOSTS;
  else process.env.WEBHOOK_ALLOWED_HOSTS = saved;
});
afterAll(() => receiver.close());

type Created = { id: number; secret: string; url: string; events: string[]; enabled: boolean };

async function register(user: User, body: Record<string, unknown> = {}) {
  const res = await call(webhooksRoute.POST, {
    method: 'POST', path: '/api/webhooks', headers: await bearerFor(user), body: { url: receiver.url, events: ['game.player_joined', 'game.status_changed'], ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Created;
}

const deliveriesOf = (endpointId: number) => getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.id);

describe('webhook endpoints API', () => {
  it('creates with the secret shown once, lists and edits without it, hides others’ endpoints', async () => {
    const me = await createUser();
    expectProblem(await call(webhooksRoute.POST, { method: 'POST', path: '/api/webhooks', body: { url: receiver.url, events: ['game.player_joined'] } }), 401);
    const created = await register(me, { description: '풋살장 예약 시스템' });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const list = await call(webhooksRoute.GET, { path: '/api/webhooks', headers: await bearerFor(me) });
    expect(list.body.items).toEqual([expect.objectContaining({ id: created.id, url: receiver.url, enabled: true, description: '풋살장 예약 시스템' })]);
    expect(JSON.stringify(list.body)).not.toContain(created.secret);

    const params = { id: String(created.id) };
    const edited = await call(webhookRoute.PATCH, { method: 'PATCH', path: `/api/webhooks/${created.id}`, headers: await bearerFor(me), params, body: { events: ['payment.approved'], enabled: false } });
    expect(edited.body).toMatchObject({ events: ['payment.approved'], enabled: false });
    expect(edited.body.disabledAt).not.toBeNull();

    const other = await createUser();
    for (const res of [
      await call(webhookRoute.GET, { path: `/api/webhooks/${created.id}`, headers: await bearerFor(other), params }),
      await call(webhookRoute.PATCH, { method: 'PATCH', path: `/api/webhooks/${created.id}`, headers: await bearerFor(other), params, body: { enabled: true } }),
      await call(webhookRoute.DELETE, { method: 'DELETE', path: `/api/webhooks/${created.id}`, headers: await bearerFor(other), params }),
      await call(deliveriesRoute.GET, { path: `/api/webhooks/${created.id}/deliveries`, headers: await bearerFor(other), params }),
      await call(testRoute.POST, { method: 'POST', path: `/api/webhooks/${created.id}/test`, headers: await bearerFor(other), params }),
    ]) expectProblem(res, 404);
    expect((await call(webhookRoute.DELETE, { method: 'DELETE', path: `/api/webhooks/${created.id}`, headers: await bearerFor(me), params })).status).toBe(204);
  });

  it('refuses bad input: unknown events, no events, not a URL, credentials in it', async () => {
    const me = await createUser();
    for (const body of [
      { url: receiver.url, events: ['game.exploded'] },
      { url: receiver.url, events: [] },
      { url: 'not a url', events: ['game.player_joined'] },
      { url: 'https://user:pw@example.com/x', events: ['game.player_joined'] },
      { url: receiver.url, events: ['game.player_joined'], secret: 'mine' },
    ]) {
      const problem = expectProblem(await call(webhooksRoute.POST, { method: 'POST', path: '/api/webhooks', headers: await bearerFor(me), unchecked: body }), 400);
      expect(Object.keys(problem.errors ?? {}).length).toBeGreaterThan(0);
    }
  });
});

describe('SSRF: never a private, loopback or link-local address', () => {
  it('classifies addresses, IPv4 inside IPv6 included', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a9fe:a9fe', '224.0.0.1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '211.234.10.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) expect(isPublicAddress(a), a).toBe(true);
  });

  it('refuses such URLs at registration unless the host is in WEBHOOK_ALLOWED_HOSTS, and plain http anywhere else', async () => {
    process.env.WEBHOOK_ALLOWED_HOSTS = '';
    const me = await createUser();
    for (const url of [receiver.url, 'https://127.0.0.1/x', 'https://10.0.0.8/x', 'https://[::1]/x', 'https://[::ffff:127.0.0.1]/x', 'https://169.254.169.254/latest', 'https://localhost/x', 'http://8.8.8.8/x']) {
      const problem = expectProblem(await call(webhooksRoute.POST, { method: 'POST', path: '/api/webhooks', headers: await bearerFor(me), body: { url, events: ['game.player_joined'] } }), 400);
      expect(problem.errors?.url, url).toBeDefined();
    }
  });

  it('checks again when sending: an address that became private is not contacted', async () => {
    const host = await createUser();
    const endpoint = await register(host);
    process.env.WEBHOOK_ALLOWED_HOSTS = '';
    await call(testRoute.POST, { method: 'POST', path: `/api/webhooks/${endpoint.id}/test`, headers: await bearerFor(host), params: { id: String(endpoint.id) } });
    expect(await sendDueWebhooks(getDb())).toMatchObject({ failed: 1 });
    expect(receiver.received).toHaveLength(0);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'failed', responseStatus: null });
    expect(delivery!.lastError).toMatch(/private|loopback/);
  });
});

describe('delivery', () => {
  it('sends a game’s events to its host’s endpoint, signed so the standardwebhooks library verifies them', async () => {
    const host = await createUser();
    const stranger = await createUser();
    const endpoint = await register(host);
    const strangersEndpoint = await register(stranger);
    const now = new Date();
    const game = await createTestGame(host, now);
    const player = await createUser();
    await joinGame(getDb(), player, game.id);
    await cancelGame(getDb(), host, game.id);
    await flushEvents();
    expect(await sendDueWebhooks(getDb())).toMatchObject({ succeeded: 2 });

    const wh = new Webhook(endpoint.secret);
    const messages = receiver.received.map((r) => wh.verify(r.body, r.headers as Record<string, string>) as { type: string; timestamp: string; data: Record<string, unknown> });
    // The player's leave (the cancel ends their seat) is not among this endpoint's events.
    expect(messages.map((m) => m.type).sort()).toEqual(['game.player_joined', 'game.status_changed']);
    expect(messages.find((m) => m.type === 'game.player_joined')!.data).toMatchObject({ gameId: game.id, userId: player.id, participationStatus: 'joined' });
    expect(messages.find((m) => m.type === 'game.status_changed')!.data).toMatchObject({ gameId: game.id, status: 'cancelled', previousStatus: 'recruiting' });
    expect(() => new Webhook(strangersEndpoint.secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers as Record<string, string>)).toThrow();
    expect(await deliveriesOf(strangersEndpoint.id)).toHaveLength(0);

    const log = await call(deliveriesRoute.GET, { path: `/api/webhooks/${endpoint.id}/deliveries`, headers: await bearerFor(host), params: { id: String(endpoint.id) } });
    expect(log.body.page.total).toBe(messages.length);
    expect(log.body.items[0]).toMatchObject({ status: 'succeeded', attempts: 1, responseStatus: 200, lastError: null, nextAttemptAt: null });
  });

  it('retries a failing receiver with exponential backoff (fake clock), then disables the endpoint after 24 h and tells its owner', async () => {
    const host = await createUser();
    const endpoint = await register(host, { events: ['game.player_joined'] });
    const game = await createTestGame(host, new Date());
    await joinGame(getDb(), await createUser(), game.id);
    await flushEvents();
    receiver.answer(500);
    const t0 = Date.now() + 1000;
    const at = (ms: number) => new Date(t0 + ms);
    expect(await sendDueWebhooks(getDb(), { now: at(0) })).toMatchObject({ retry: 1 });
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500, lastError: 'HTTP 500' });
    expect(delivery!.nextAttemptAt!.getTime() - t0).toBe(30_000);
    expect(await sendDueWebhooks(getDb(), { now: at(29_000) })).toMatchObject({ retry: 0 });
    expect(await sendDueWebhooks(getDb(), { now: at(30_000) })).toMatchObject({ retry: 1 });
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery!.nextAttemptAt!.getTime() - at(30_000).getTime()).toBe(60_000);

    // Follow the schedule: each attempt when it comes due, until the day is over.
    const gaps = [30_000];
    let now = at(30_000);
    for (let i = 0; i < 40; i++) {
      [delivery] = await deliveriesOf(endpoint.id);
      if (delivery!.status !== 'pending') break;
      gaps.push(delivery!.nextAttemptAt!.getTime() - now.getTime());
      now = delivery!.nextAttemptAt!;
      await sendDueWebhooks(getDb(), { now });
    }
    expect(gaps.slice(0, 9)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_840_000, 7_200_000]);
    expect(delivery).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(now.getTime() - t0).toBeGreaterThanOrEqual(GIVE_UP_AFTER_MS - 7_200_000);
    expect(receiver.received.length).toBe(delivery!.attempts);
    const [row] = await getDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row).toMatchObject({ enabled: false });
    const told = await getDb().select().from(notifications).where(and(eq(notifications.userId, host.id), eq(notifications.type, 'webhook_disabled')));
    expect(told).toHaveLength(1);

    // Nothing more is enqueued for a disabled endpoint; turning it on again starts afresh.
    await joinGame(getDb(), await createUser(), game.id);
    await flushEvents();
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);
    const on = await call(webhookRoute.PATCH, { method: 'PATCH', path: `/api/webhooks/${endpoint.id}`, headers: await bearerFor(host), params: { id: String(endpoint.id) }, body: { enabled: true } });
    expect(on.body).toMatchObject({ enabled: true, failingSince: null, disabledAt: null });
  });

  it('a success ends the run of failures; retry and test send through the API', async () => {
    const host = await createUser();
    const endpoint = await register(host, { events: ['game.player_joined'] });
    const params = { id: String(endpoint.id) };
    receiver.answer(503);
    const test = await call(testRoute.POST, { method: 'POST', path: `/api/webhooks/${endpoint.id}/test`, headers: await bearerFor(host), params });
    expect(test.status).toBe(201);
    expect(test.body).toMatchObject({ type: 'webhook.test', status: 'pending' });
    expect(await sendDueWebhooks(getDb())).toMatchObject({ failed: 1 });
    const retryParams = { ...params, deliveryId: String(test.body.id) };
    receiver.answer(204);
    const retried = await call(retryRoute.POST, { method: 'POST', path: `/api/webhooks/${endpoint.id}/deliveries/${test.body.id}/retry`, headers: await bearerFor(host), params: retryParams });
    expect(retried.body).toMatchObject({ status: 'pending', messageId: test.body.messageId });
    expectProblem(await call(retryRoute.POST, { method: 'POST', path: '/x', headers: await bearerFor(host), params: retryParams }), 409);
    expect(await sendDueWebhooks(getDb())).toMatchObject({ succeeded: 1 });
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([test.body.messageId, test.body.messageId]);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2, responseStatus: 204 });
    expectProblem(await call(retryRoute.POST, { method: 'POST', path: '/x', headers: await bearerFor(host), params: { ...params, deliveryId: '999999' } }), 404);

    // The log keeps 30 days of finished deliveries.
    expect(await purgeOldDeliveries(getDb(), new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect(await purgeOldDeliveries(getDb(), new Date(Date.now() + 31 * 86_400_000))).toBe(1);
  });

  it.runIf(process.env.DATABASE_URL)('exactly one delivery per event when two processes dispatch and send at once (PostgreSQL)', async () => {
    const host = await createUser();
    const endpoint = await register(host, { events: ['game.player_joined'] });
    const game = await createTestGame(host, new Date(), { maxPlayers: 30 });
    const players = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    await Promise.all(players.map((p) => joinGame(getDb(), p, game.id)));
    const { startDispatcher } = await import('@/lib/events/dispatcher');
    const { getDatabase } = await import('@/db/client');
    const [a, b] = [startDispatcher(getDatabase()), startDispatcher(getDatabase())];
    try {
      await Promise.all([a.kick(), b.kick(), flushEvents(), a.kick(), b.kick()]);
      await flushEvents();
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    for (let i = 0; i < 5; i++) await Promise.all([sendDueWebhooks(getDb()), sendDueWebhooks(getDb()), sendDueWebhooks(getDb())]);
    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(new Set(receiver.received.map((r) => (JSON.parse(r.body) as { data: { userId: number } }).data.userId))).toEqual(new Set(players.map((p) => p.id)));
    expect(await deliveriesOf(endpoint.id)).toHaveLength(20);
  });
});

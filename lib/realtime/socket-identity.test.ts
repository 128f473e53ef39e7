import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@/tests/support/factories';
import { startSocketServer } from '@/tests/support/sockets';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable() {
  const probe = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const reachable = await redisReachable();

/**
 * Two app processes' socket servers on one Redis, as in production with REDIS_URL: what one asks
 * of the other with `fetchSockets` travels over Redis (the answers by PUBLISH), so it is read
 * there by a subscriber of every channel. Skipped where no Redis runs (the embedded setup).
 */
describe.skipIf(!reachable)('socket identity across processes (Redis)', () => {
  const published: string[] = [];
  const subscriber = new Redis(redisUrl, { lazyConnect: true });
  let servers: Awaited<ReturnType<typeof startSocketServer>>[] = [];

  beforeAll(async () => {
    await subscriber.connect();
    await subscriber.psubscribe('*');
    subscriber.on('pmessageBuffer', (_pattern: Buffer, _channel: Buffer, message: Buffer) => published.push(message.toString('utf8')));
    servers = await Promise.all([startSocketServer({ redisUrl }), startSocketServer({ redisUrl })]);
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    subscriber.disconnect();
  });

  it('tells the other process who the user is, and no password hash, email or token goes over Redis', async () => {
    const [here, there] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const user = await createUser();
    const socket = await here.client(user);
    const token = (socket.auth as { token: string }).token;
    // The adapter learns of the other server from its heartbeat in the stream.
    await expect.poll(async () => (await there.io.in(`user:${user.id}`).fetchSockets()).length, { timeout: 10_000 }).toBe(1);
    const [remote] = await there.io.in(`user:${user.id}`).fetchSockets();
    expect(remote!.data).toEqual({ user: { id: user.id, username: user.username, neighbourhoodCode: user.neighbourhoodCode } });
    expect(remote!.handshake.auth).toEqual({});
    await expect.poll(() => published.some((m) => m.includes(user.username)), { timeout: 2_000 }).toBe(true);
    const overRedis = published.join('\n');
    for (const secret of [user.passwordHash!, user.email, token]) expect(overRedis).not.toContain(secret);
  });
});

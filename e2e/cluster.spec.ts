import { execFileSync } from 'node:child_process';
import postgres from 'postgres';
import { io as connect, type Socket } from 'socket.io-client';
import { catchUpAfterId } from '../components/chat/message-state';
import type { ChatMessageView } from '../lib/chat/schema';
import { startCluster } from '../scripts/start-cluster';
import { expect, test } from './support/test';
import { uniqueEmail } from './support/shots';

/**
 * Three app processes behind HAProxy on PostgreSQL + Redis (scripts/cluster): 30 chat clients
 * talk through the balancer, one process is killed with SIGKILL mid-conversation, every client
 * reconnects (to a surviving process) and ends up with every stored message. PostgreSQL pass only.
 */
const baseUrl = process.env.DATABASE_URL;
const hasHaproxy = (() => {
  try {
    execFileSync(process.env.HAPROXY_PATH ?? 'haproxy', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
test.skip(!baseUrl || !hasHaproxy, 'needs DATABASE_URL and HAProxy (apt-get install haproxy)');

const CLIENTS = 30;
const PORT = 3260;

test('30 clients through HAProxy lose no stored message when a process is killed mid-conversation', async () => {
  test.setTimeout(300_000);
  const admin = postgres(baseUrl!, { max: 1, onnotice: () => {} });
  const dbName = `dongne_cluster_${Date.now().toString(36)}`;
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(baseUrl!);
  url.pathname = `/${dbName}`;
  const cluster = await startCluster({
    size: 3,
    port: PORT,
    databaseUrl: url.toString(),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    env: { AUTH_SECRET: 'cluster-secret-cluster-secret-cluster-0123456789', SEED_DEMO: '0' },
  });
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const sockets: Socket[] = [];
  try {
    const post = async (path: string, body: unknown, token?: string) => {
      const res = await fetch(`${cluster.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    const tokens: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const email = uniqueEmail('cluster');
      const signup = { email, username: `클러스터${i}`, password: 'abcd1234', passwordConfirm: 'abcd1234', neighbourhoodCode: '5011058000' };
      expect((await post('/api/users', signup)).status).toBe(201);
      tokens.push((await post('/api/tokens', { email, password: 'abcd1234' })).body.accessToken);
    }
    const created = await post('/api/posts', { title: '클러스터 치킨', category: '치킨', targetNumber: 10, content: '같이 시켜요' }, tokens[0]);
    expect(created.status).toBe(201);
    const roomId = created.body.chatRoomId as number;
    // Capacity 10 would turn most away: open the room to all 30.
    await sql`update chat_rooms set capacity = null, is_closed = false where id = ${roomId}`;
    for (const token of tokens.slice(1)) expect((await post(`/api/chat/rooms/${roomId}/members`, {}, token)).status).toBeLessThan(300);

    // Each client keeps what it received by id, as the chat screen does (components/chat/message-state.ts).
    const seen = tokens.map(() => new Map<number, ChatMessageView>());
    let reconnects = 0;
    const joinAndCatchUp = async (socket: Socket, i: number) => {
      for (let afterId = catchUpAfterId([...seen[i]!.values()].sort((a, b) => a.id - b.id)); ; ) {
        const ack = await socket.timeout(10_000).emitWithAck('room:join', { roomId, afterId });
        if (!ack.ok) throw new Error(`room:join failed: ${JSON.stringify(ack)}`);
        for (const m of ack.missed as ChatMessageView[]) seen[i]!.set(m.id, m);
        if (!ack.hasMore) return;
        afterId = (ack.missed as ChatMessageView[]).at(-1)!.id;
      }
    };
    await Promise.all(
      tokens.map(
        (token, i) =>
          new Promise<void>((resolve, reject) => {
            const socket = connect(cluster.url, { transports: ['websocket'], auth: { token }, reconnectionDelay: 200, reconnectionDelayMax: 1000 });
            sockets.push(socket);
            socket.on('message:new', (m: ChatMessageView) => {
              if (m.roomId === roomId) seen[i]!.set(m.id, m);
            });
            let first = true;
            socket.on('connect', () => {
              if (!first) reconnects++;
              const wasFirst = first;
              first = false;
              joinAndCatchUp(socket, i).then(() => wasFirst && resolve(), wasFirst ? reject : () => {});
            });
          }),
      ),
    );

    // About eight seconds of talk, one message per client every 1.2 s; a process dies halfway.
    const talk = (async () => {
      for (let round = 0; round < 7; round++) {
        sockets.forEach((s, i) => {
          if (s.connected) s.emit('message:send', { roomId, body: `${i}번의 ${round}번째 말`, clientId: `c${i}-${round}` }, () => {});
        });
        await new Promise((r) => setTimeout(r, 1200));
      }
    })();
    await new Promise((r) => setTimeout(r, 4000));
    await cluster.kill(1);
    await talk;

    // Every client is connected again and has caught up with what was stored.
    await expect.poll(() => sockets.filter((s) => s.connected).length, { timeout: 30_000 }).toBe(CLIENTS);
    await Promise.all(sockets.map((s, i) => joinAndCatchUp(s, i)));
    const stored = (await sql<{ id: string }[]>`select id from chat_messages where room_id = ${roomId}`).map((r) => Number(r.id));
    const talkCount = (await sql<{ n: number }[]>`select count(*)::int as n from chat_messages where room_id = ${roomId} and kind = 'text'`)[0]!.n;
    expect(talkCount).toBeGreaterThan(100);
    expect(reconnects).toBeGreaterThan(0);
    for (const [i, messages] of seen.entries()) {
      const missing = stored.filter((id) => !messages.has(id));
      expect(missing, `client ${i} is missing stored messages`).toEqual([]);
    }
  } finally {
    sockets.forEach((s) => s.disconnect());
    await sql.end();
    await cluster.stop();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
});

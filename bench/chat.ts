/**
 * Chat fan-out on the production server over real PostgreSQL (npm run build first):
 *   npx tsx bench/chat.ts
 * 50 members in one room, 200 messages/s for 20 s (after 3 s of uncounted warm-up) through
 * Socket.IO (message:send, persisted then broadcast); measures delivered messages/s and delivery
 * latency p50/p99, and the same load against a bare Socket.IO echo server (no auth, no database)
 * as the ceiling.
 * Targets on a 2-core machine: p99 < 100 ms and at least half the ceiling's throughput. The
 * per-user send limit (CHAT_SEND_LIMIT) is raised: this measures fan-out, not the limiter.
 * A third run adds what a lively room does besides talking: 20% of the messages get a reaction
 * (PUT over HTTP, message:reactions to all 50) and every member moves their read marker once a
 * second, as the chat screen does (room:read; the room hears them as a room:reads digest four
 * times a second); its delivered/s and p99 should stay within 90% of the plain run's.
 * BENCH_LIVELY=reads or =reactions runs the lively room with only that half (where the cost is).
 * BENCH_PAIRS (default 3) plain and lively runs alternate; the figures are their medians, since
 * one 20 s run's p99 moves by half between runs on a shared 2-core machine.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { openDatabase } from '@/db/client';
import { provideEnv } from '@/lib/env';
import { users, type User } from '@/db/schema';
import { hashPassword } from '@/lib/accounts/password';
import { signAccessToken } from '@/lib/accounts/access-token';
import { createRoom, joinRoom } from '@/lib/chat/mutations';
import { freshDatabase, startServer, table } from './support/server';
import { median, percentile } from './support/stats';

const MEMBERS = 50;
const RATE = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 3;
const SERVER_PORT = 3302;
const ECHO_PORT = 3399;
const LIVELY = process.env.BENCH_LIVELY ?? 'both';
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const livelyReads = LIVELY !== 'reactions';
const livelyReactions = LIVELY !== 'reads';

type Stats = { sent: number; acked: number; deliveries: number; latencies: number[]; ackLatencies: number[] };

async function load(url: string, tokens: string[], roomId: number, lively = false): Promise<Stats> {
  const clients: Socket[] = await Promise.all(
    tokens.map(
      (token) =>
        new Promise<Socket>((resolve, reject) => {
          const s = connect(url, { transports: ['websocket'], auth: { token }, reconnection: false });
          s.once('connect', () => resolve(s));
          s.once('connect_error', reject);
        }),
    ),
  );
  for (const c of clients) {
    const ack = await c.emitWithAck('room:join', { roomId });
    if (!ack.ok) throw new Error(`room:join failed: ${JSON.stringify(ack)}`);
  }
  const sentAt = new Map<string, number>();
  const stats: Stats = { sent: 0, acked: 0, deliveries: 0, latencies: [], ackLatencies: [] };
  const lastSeen = new Map<Socket, number>();
  const extras: Promise<unknown>[] = [];
  // Once a second per member, staggered: read up to the newest message this member has seen.
  const timers: NodeJS.Timeout[] = [];
  if (lively && livelyReads) {
    clients.forEach((c, i) =>
      timers.push(
        setTimeout(() => {
          timers.push(
            setInterval(() => {
              const id = lastSeen.get(c);
              if (id) c.emit('room:read', { roomId, messageId: id }, () => {});
            }, 1000),
          );
        }, (i * 1000) / clients.length),
      ),
    );
  }
  const react = (messageId: number, i: number) =>
    extras.push(
      fetch(`${url}/api/chat/messages/${messageId}/reactions/${encodeURIComponent('👍')}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${tokens[i % tokens.length]}` },
      }).then((r) => r.arrayBuffer()),
    );
  for (const c of clients) {
    c.on('message:new', (m: { id: number; clientId: string }) => {
      if (lively) lastSeen.set(c, m.id);
      const t = sentAt.get(m.clientId);
      if (t === undefined) return;
      stats.deliveries++;
      stats.latencies.push(performance.now() - t);
    });
  }
  // 200 messages/s as 2 every 10 ms, round-robin over the members. A warm-up at the same rate
  // comes first and is not counted (pool connections opening, JIT): this measures steady state.
  const perTick = RATE / 100;
  const send = (seconds: number, counted: boolean) => {
    const total = RATE * seconds;
    let sent = 0;
    return new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        for (let i = 0; i < perTick && sent < total; i++) {
          const clientId = randomUUID();
          if (counted) sentAt.set(clientId, performance.now());
          const sender = clients[sent % clients.length]!;
          sent++;
          if (counted) stats.sent++;
          const n = sent;
          sender.emit('message:send', { roomId, body: `벤치 메시지 ${sent}`, clientId }, (ack: { ok: boolean; message?: { id: number } }) => {
            if (ack.ok && counted) {
              stats.acked++;
              stats.ackLatencies.push(performance.now() - sentAt.get(clientId)!);
            }
            if (ack.ok && lively && livelyReactions && n % 5 === 0) react(ack.message!.id, n);
          });
        }
        if (sent >= total) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
  };
  await send(WARMUP_SECONDS, false);
  await new Promise((r) => setTimeout(r, 1000));
  await send(SECONDS, true);
  await new Promise((r) => setTimeout(r, 3000));
  timers.forEach(clearInterval);
  await Promise.all(extras);
  clients.forEach((c) => c.disconnect());
  return stats;
}

const row = (name: string, s: Stats) => ({
  target: name,
  sent: s.sent,
  acked: s.acked,
  'delivered/s': Math.round(s.deliveries / SECONDS),
  'expected/s': RATE * MEMBERS,
  'ack p50 ms': percentile(s.ackLatencies, 50),
  'ack p99 ms': percentile(s.ackLatencies, 99),
  'p50 ms': percentile(s.latencies, 50),
  'p99 ms': percentile(s.latencies, 99),
});

const database = await freshDatabase('dongne_bench_chat');
const secret = 'bench-secret-bench-secret-bench-secret-0123456789';
provideEnv('AUTH_SECRET', secret);
const server = await startServer({ port: SERVER_PORT, databaseUrl: database.url, env: { CHAT_SEND_LIMIT: '100000' } });
const db = openDatabase({ url: database.url });
const echo = spawn(process.execPath, ['--import', 'tsx', 'bench/support/echo-server.ts'], {
  env: { ...process.env, PORT: String(ECHO_PORT) },
  stdio: 'ignore',
});
try {
  const passwordHash = await hashPassword('bench1234');
  const members: User[] = await db.db
    .insert(users)
    .values(Array.from({ length: MEMBERS }, (_, i) => ({ email: `chat${i}@bench.test`, username: `벤치${i}`, passwordHash, neighbourhoodCode: '5011058000' })))
    .returning();
  const room = await db.db.transaction((tx) => createRoom(tx, { kind: 'community', title: '벤치 방', owner: members[0]!, capacity: null }));
  for (const m of members.slice(1)) await joinRoom(db.db, m, room.id);
  const tokens = await Promise.all(members.map((m) => signAccessToken({ userId: m.id, tokenVersion: m.tokenVersion })));

  // Plain and lively runs alternate (plain first in odd pairs, lively first in even ones), so a
  // machine that slows down or warms up mid-run weighs on both; the medians are the figures.
  const plain: Stats[] = [];
  const lively: Stats[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const isLively of pair % 2 ? [true, false] : [false, true]) (isLively ? lively : plain).push(await load(server.base, tokens, room.id, isLively));
  }
  const ceiling = await load(`http://127.0.0.1:${ECHO_PORT}`, tokens, room.id);
  const livelyName = LIVELY === 'both' ? '… + 20% reactions, reads 1/s per member' : `… + ${LIVELY} only`;
  console.log(
    table([
      row('bare Socket.IO echo (ceiling)', ceiling),
      ...plain.flatMap((s, i) => [row(`Dongne server.ts + PostgreSQL (pair ${i + 1})`, s), row(`${livelyName} (pair ${i + 1})`, lively[i]!)]),
    ]),
  );
  const plainP99 = median(plain.map((s) => percentile(s.latencies, 99)));
  const livelyP99 = median(lively.map((s) => percentile(s.latencies, 99)));
  const plainDelivered = median(plain.map((s) => s.deliveries));
  console.log(`plain: throughput ${((plainDelivered / ceiling.deliveries) * 100).toFixed(0)}% of the ceiling (target ≥ 50%), median p99 ${plainP99} ms (target < 100)`);
  console.log(
    `lively room (medians of ${PAIRS}): ${((median(lively.map((s) => s.deliveries)) / plainDelivered) * 100).toFixed(0)}% of the plain run's deliveries, ` +
      `p99 ${livelyP99} ms against ${plainP99} ms: ${((plainP99 / livelyP99) * 100).toFixed(0)}% of the plain run's (target ≥ 90%)`,
  );
} finally {
  echo.kill('SIGTERM');
  await db.close();
  await server.stop();
  await database.drop();
}

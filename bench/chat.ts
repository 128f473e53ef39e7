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
 * The members' sockets are spread over BENCH_CLIENT_PROCS (default 2) forked processes; each row
 * shows the server's CPU over the counted seconds and the clients' worst event-loop delay p99.
 */
import { spawn } from 'node:child_process';
import { openDatabase } from '@/db/client';
import { provideEnv } from '@/lib/env';
import { users, type User } from '@/db/schema';
import { hashPassword } from '@/lib/accounts/password';
import { signAccessToken } from '@/lib/accounts/access-token';
import { createRoom, joinRoom } from '@/lib/chat/mutations';
import { forkClients, shares } from './support/client-processes';
import { cpuMs } from './support/memory';
import { freshDatabase, startServer, table } from './support/server';
import type { ClientSpec, Lively } from './support/socket-clients';
import { median, percentile } from './support/stats';

const MEMBERS = 50;
const RATE = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 3;
const SERVER_PORT = 3302;
const ECHO_PORT = 3399;
const LIVELY = process.env.BENCH_LIVELY ?? 'both';
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const PROCS = Number(process.env.BENCH_CLIENT_PROCS ?? 2);
const livelyReads = LIVELY !== 'reactions';
const livelyReactions = LIVELY !== 'reads';

type Stats = {
  sent: number;
  acked: number;
  deliveries: number;
  latencies: number[];
  ackLatencies: number[];
  reactions: number;
  failedReactions: number;
  loopDelayP99: number;
  serverCpuMs: number;
};

/**
 * One run: the members' sockets spread over BENCH_CLIENT_PROCS forked processes (default 2), each
 * sending its share of the rate. Until 2026-12-07 one process held all 50 sockets, the sender,
 * the reactions' HTTP calls and the read timers: its own event loop then delayed the deliveries it
 * timed, by more in the lively room (3.3 against 5.6 ms of loop delay at p99).
 */
async function load(server: { base: string; pid: number }, seats: Omit<ClientSpec, 'url'>[], lively?: Lively): Promise<Stats> {
  const children = Array.from({ length: PROCS }, forkClients);
  try {
    const split = shares(
      seats.map((seat) => ({ ...seat, url: server.base })),
      PROCS,
    );
    const connected = await Promise.all(children.map((c, k) => c.ask({ type: 'connect', clients: split[k]!, concurrency: MEMBERS, lively }, 'connected')));
    if (connected.some((c) => c.failed)) throw new Error('a member failed to connect or join');
    // 200 messages/s over the members. A warm-up at the same rate comes first and is not counted
    // (pool connections opening, JIT): this measures steady state.
    const sendAll = (seconds: number, counted: boolean) =>
      Promise.all(children.map((c) => c.ask({ type: 'send', rate: RATE / PROCS, seconds, counted, text: '벤치 메시지' }, 'sent')));
    await sendAll(WARMUP_SECONDS, false);
    await new Promise((r) => setTimeout(r, 1000));
    await Promise.all(children.map((c) => c.ask({ type: 'report' }, 'report')));
    const cpuBefore = cpuMs(server.pid);
    const sent = await sendAll(SECONDS, true);
    const serverCpuMs = cpuMs(server.pid) - cpuBefore;
    await new Promise((r) => setTimeout(r, 3000));
    const reports = await Promise.all(children.map((c) => c.ask({ type: 'report' }, 'report')));
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return {
      sent: total(sent.map((s) => s.sent)),
      acked: total(sent.map((s) => s.acked)),
      deliveries: total(reports.map((r) => r.deliveries)),
      latencies: reports.flatMap((r) => r.latencies),
      ackLatencies: sent.flatMap((s) => s.ackLatencies),
      reactions: total(sent.map((s) => s.reactions)),
      failedReactions: total(sent.map((s) => s.failedReactions)),
      loopDelayP99: Math.max(...sent.map((s) => s.loopDelayP99)),
      serverCpuMs,
    };
  } finally {
    children.forEach((c) => c.close());
  }
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
  // What the room costs the server, whatever else the machine is doing.
  'server CPU %': Math.round((s.serverCpuMs / (SECONDS * 1000)) * 100),
  reactions: s.failedReactions ? `${s.reactions} (${s.failedReactions} failed)` : s.reactions,
  // The generator's own event loop: its delays are in every latency it measures.
  'client loop p99 ms': s.loopDelayP99,
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
  const seats = tokens.map((token, member) => ({ token, roomId: room.id, member }));
  const livelyAs: Lively = { reads: livelyReads, reactions: livelyReactions };

  // Plain and lively runs alternate (plain first in odd pairs, lively first in even ones), so a
  // machine that slows down or warms up mid-run weighs on both; the medians are the figures.
  const plain: Stats[] = [];
  const lively: Stats[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const isLively of pair % 2 ? [true, false] : [false, true]) (isLively ? lively : plain).push(await load(server, seats, isLively ? livelyAs : undefined));
  }
  const ceiling = await load({ base: `http://127.0.0.1:${ECHO_PORT}`, pid: echo.pid! }, seats);
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

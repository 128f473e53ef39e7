/**
 * Sockets at scale on the production server over real PostgreSQL (npm run build first):
 *   npm run bench:sockets
 * 5,000 connected clients in 500 community rooms of 10, 500 messages/s spread over the rooms
 * through `message:send` (persisted, then broadcast to the room), for BENCH_SECONDS (default 10)
 * after 3 s of uncounted warm-up: delivered/s, latency from send to each member's `message:new`
 * (p50, p99, and p99 of the slowest member per message; the sender's ack for comparison), loss, and the server's memory per
 * connection (RSS and heap before the sockets connect and once all have joined their rooms).
 * Then the same with two server processes sharing Redis (REDIS_URL, default the local one),
 * each room's members split across them. The clients run in BENCH_CLIENT_PROCS (default 2)
 * forked processes so the load generator is not the bottleneck. BENCH_ONLY=one or =two runs one scenario.
 * Targets: 0 loss, p99 < 100 ms, memory per connection reported.
 */
import { loadavg } from 'node:os';
import { openDatabase } from '@/db/client';
import { provideEnv } from '@/lib/env';
import { chatMembers, chatRooms, users } from '@/db/schema';
import { hashPassword } from '@/lib/accounts/password';
import { signAccessToken } from '@/lib/accounts/access-token';
import { cpuMs, probeMemory, rssMb } from './support/memory';
import { freshDatabase, startServer, table } from './support/server';
import { percentile } from './support/stats';
import { forkClients, shares } from './support/client-processes';
import type { ClientSpec } from './support/socket-clients';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 500);
const PER_ROOM = 10;
const CLIENTS = ROOMS * PER_ROOM;
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const PROCS = Number(process.env.BENCH_CLIENT_PROCS ?? 2);
const PORTS = [3521, 3522];
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ONLY = process.env.BENCH_ONLY;
const secret = 'bench-secret-bench-secret-bench-secret-0123456789';

/** Users, rooms and memberships in a few statements (sign-ups through the API would take minutes). */
async function seed(db: ReturnType<typeof openDatabase>['db']) {
  const passwordHash = await hashPassword('bench1234');
  const created: { id: number; tokenVersion: number }[] = [];
  for (let from = 0; from < CLIENTS; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, CLIENTS - from) }, (_, i) => ({
      email: `sock${from + i}@bench.test`,
      username: `소켓${from + i}`,
      passwordHash,
      neighbourhoodCode: '5011058000',
    }));
    created.push(...(await db.insert(users).values(batch).returning({ id: users.id, tokenVersion: users.tokenVersion })));
  }
  const rooms = await db
    .insert(chatRooms)
    .values(Array.from({ length: ROOMS }, (_, r) => ({ kind: 'community' as const, title: `벤치 방 ${r}`, ownerId: created[r * PER_ROOM]!.id, memberCount: PER_ROOM })))
    .returning({ id: chatRooms.id });
  for (let from = 0; from < CLIENTS; from += 1000) {
    await db.insert(chatMembers).values(created.slice(from, from + 1000).map((u, i) => ({ roomId: rooms[Math.floor((from + i) / PER_ROOM)]!.id, userId: u.id })));
  }
  const tokens = await Promise.all(created.map((u) => signAccessToken({ userId: u.id, tokenVersion: u.tokenVersion })));
  return created.map((_, i) => ({ token: tokens[i]!, roomId: rooms[Math.floor(i / PER_ROOM)]!.id, member: i % PER_ROOM }));
}

/** One scenario: `servers` processes, each client on server `i % servers` (a room's members split across them). */
async function scenario(name: string, servers: Awaited<ReturnType<typeof startServer>>[], seats: Omit<ClientSpec, 'url'>[]) {
  const children = Array.from({ length: PROCS }, forkClients);
  try {
    const idle = await Promise.all(servers.map(probeMemory));
    const rssBefore = servers.map((s) => rssMb(s.pid));
    const specs = seats.map((seat, i) => ({ ...seat, url: servers[i % servers.length]!.base }));
    const split = shares(specs, PROCS);
    const connected = await Promise.all(children.map((c, k) => c.ask({ type: 'connect', clients: split[k]!, concurrency: 50 }, 'connected')));
    const failedConnects = connected.reduce((n, c) => n + c.failed, 0);
    if (failedConnects) throw new Error(`${failedConnects} sockets failed to connect`);
    // Let the connect burst's garbage go before measuring what the sockets hold.
    await new Promise((r) => setTimeout(r, 3000));
    const loaded = await Promise.all(servers.map(probeMemory));
    const rssAfter = servers.map((s) => rssMb(s.pid));

    const sendAll = (seconds: number, counted: boolean) =>
      Promise.all(children.map((c) => c.ask({ type: 'send', rate: RATE / PROCS, seconds, counted }, 'sent')));
    await sendAll(WARMUP_SECONDS, false);
    await new Promise((r) => setTimeout(r, 1000));
    await Promise.all(children.map((c) => c.ask({ type: 'report' }, 'report')));
    const load = loadavg()[0]!;
    const cpuBefore = servers.map((s) => cpuMs(s.pid));
    const sent = await sendAll(SECONDS, true);
    const cpu = servers.map((s, i) => cpuMs(s.pid) - cpuBefore[i]!);
    await new Promise((r) => setTimeout(r, 3000));
    const reports = await Promise.all(children.map((c) => c.ask({ type: 'report' }, 'report')));
    const rssPeak = servers.map((s) => rssMb(s.pid));

    const sentCount = sent.reduce((n, s) => n + s.sent, 0);
    const acked = sent.reduce((n, s) => n + s.acked, 0);
    const failed = sent.reduce((n, s) => n + s.failed, 0);
    const deliveries = reports.reduce((n, r) => n + r.deliveries, 0);
    const perMessage = new Map<string, [number, number]>();
    for (const r of reports) {
      for (const [key, count, slowest] of r.slowest) {
        const entry = perMessage.get(key);
        perMessage.set(key, entry ? [entry[0] + count, Math.max(entry[1], slowest)] : [count, slowest]);
      }
    }
    const incomplete = [...perMessage.values()].filter(([count]) => count < PER_ROOM).length;
    const latencies = reports.flatMap((r) => r.latencies);
    const perConnection = (i: number) => `${Math.round(((rssAfter[i]! - rssBefore[i]!) * 1024) / (CLIENTS / servers.length))} KB RSS, ${Math.round(((loaded[i]!.heapUsed - idle[i]!.heapUsed) * 1024) / (CLIENTS / servers.length))} KB heap`;
    return {
      row: {
        scenario: name,
        sent: sentCount,
        acked,
        'failed sends': failed,
        'delivered/s': Math.round(deliveries / SECONDS),
        'expected/s': Math.round((sentCount * PER_ROOM) / SECONDS),
        // A send whose ack timed out may still have been delivered: loss counts against every send.
        loss: sentCount * PER_ROOM - deliveries,
        'ack p50 ms': percentile(sent.flatMap((s) => s.ackLatencies), 50),
        'ack p99 ms': percentile(sent.flatMap((s) => s.ackLatencies), 99),
        'p50 ms': percentile(latencies, 50),
        'p99 ms': percentile(latencies, 99),
        'p99 all members ms': percentile([...perMessage.values()].map(([, slowest]) => slowest), 99),
        // The servers' CPU while sending, per message: what the rate costs, whatever else the machine is doing.
        'server CPU ms/msg': (cpu.reduce((a, b) => a + b, 0) / sentCount).toFixed(2),
        'load 1m': load.toFixed(2),
        // The generator's own event loop: its delays are in every latency it measures.
        'client loop p99 ms': Math.max(...sent.map((s) => s.loopDelayP99)),
      },
      memory: servers.map((_, i) => ({
        scenario: name,
        process: i + 1,
        'connect s': (Math.max(...connected.map((c) => c.ms)) / 1000).toFixed(1),
        'RSS idle MB': rssBefore[i]!,
        'RSS connected MB': rssAfter[i]!,
        'RSS after load MB': rssPeak[i]!,
        'heap idle MB': idle[i]!.heapUsed,
        'heap connected MB': loaded[i]!.heapUsed,
        'per connection': perConnection(i),
      })),
      incomplete,
    };
  } finally {
    // Servers stop first (each socket then ends as 'server shutting down', without presence queries).
    await Promise.all(servers.map((s) => s.stop()));
    children.forEach((c) => c.close());
  }
}

const database = await freshDatabase('dongne_bench_sockets');
provideEnv('AUTH_SECRET', secret);
const env = { CHAT_SEND_LIMIT: '100000' };
const db = openDatabase({ url: database.url });
try {
  const results: [string, Awaited<ReturnType<typeof scenario>>][] = [];
  const one = [await startServer({ port: PORTS[0]!, databaseUrl: database.url, env })];
  const started = Date.now();
  const seats = await seed(db.db);
  console.log(`${CLIENTS} users, ${ROOMS} rooms and their memberships written and ${CLIENTS} tokens signed in ${Date.now() - started} ms`);
  if (ONLY !== 'two') results.push(['one process', await scenario('one process', one, seats)]);
  else await one[0]!.stop();
  if (ONLY !== 'one') {
    const two = await Promise.all(PORTS.map((port) => startServer({ port, databaseUrl: database.url, env: { ...env, REDIS_URL } })));
    results.push(['two processes + Redis', await scenario('two processes + Redis', two, seats)]);
  }
  console.log(table(results.map(([, r]) => r.row)));
  console.log(table(results.flatMap(([, r]) => r.memory)));
  for (const [name, r] of results) {
    console.log(`${name}: ${r.incomplete} messages reached fewer than all ${PER_ROOM} members; targets: loss 0 (${r.row.loss}), p99 < 100 ms (${r.row['p99 ms']})`);
  }
} finally {
  await db.close();
  await database.drop();
}

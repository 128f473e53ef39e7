/**
 * Sign-in throughput with the production password cost (npm run build first):
 *   npx tsx bench/login.ts            (DATABASE_URL defaults to the local server)
 * First the cost of one hash, alone in this process: argon2id as stored now, the scrypt it
 * replaced, and OWASP's lower-memory scrypt settings (the alternative the choice was made against).
 * Then POST /api/tokens with the right password for one of 50 accounts, at 1, 4 and 50
 * connections for 15 s each (BENCH_SECONDS), sampling the server's RSS every 100 ms.
 * Targets: ≥ 20 sign-ins/s at 4 and at 50 connections, p99 ≤ 2 s and no failed request
 * (a 503 from the hashing queue counts as one) at 50, RSS ≤ 400 MB during the 50 burst.
 */
import { scrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { openDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, needsRehash } from '@/lib/accounts/password';
import { freshDatabase, startServer, table } from './support/server';

const PORT = 3302;
const ACCOUNTS = 50;
const PASSWORD = 'bench1234';
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

if (process.env.PASSWORD_HASH_MEMORY_KIB) throw new Error('unset PASSWORD_HASH_MEMORY_KIB: the benchmark measures the production cost');

/** The server's CPU time so far (all its threads, the hashing ones included), in ms: contention slows it less than wall time. */
const cpuMs = (pid: number) => {
  // Fields after the command name; utime and stime are the 14th and 15th of the line, in 1/100 s.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const rssMb = (pid: number) => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
};

async function msPerHash(hashOnce: () => Promise<unknown>, times = 10) {
  await hashOnce();
  const start = performance.now();
  for (let i = 0; i < times; i++) await hashOnce();
  return (performance.now() - start) / times;
}
const scryptHash = (logN: number, p: number) => () =>
  new Promise((resolve, reject) =>
    scrypt(PASSWORD, 'bench-salt-16byt', 32, { N: 2 ** logN, r: 8, p, maxmem: 256 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))),
  );
const hashes = [
  { setting: 'argon2id m=19 MiB t=2 p=1 (stored now)', memory: '19 MiB', run: () => hashPassword(PASSWORD) },
  { setting: 'scrypt N=2^17 r=8 p=1 (before)', memory: '128 MiB', run: scryptHash(17, 1), times: 3 },
  { setting: 'scrypt N=2^14 r=8 p=5 (OWASP, less memory)', memory: '16 MiB', run: scryptHash(14, 5), times: 5 },
  { setting: 'scrypt N=2^13 r=8 p=10 (OWASP, least memory)', memory: '8 MiB', run: scryptHash(13, 10), times: 5 },
];
// The machine is shared: what else was running matters as much as the figures.
console.log(`load average before the run: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
const costs = [];
for (const { setting, memory, run, times } of hashes) costs.push({ setting, memory, 'ms per hash': (await msPerHash(run, times)).toFixed(1) });
console.log(table(costs));

const database = await freshDatabase('dongne_bench_login');
const server = await startServer({ port: PORT, databaseUrl: database.url });
const db = openDatabase({ url: database.url });
try {
  // One real hash, made here exactly as the server makes them (checked below), shared by every account.
  const passwordHash = await hashPassword(PASSWORD);
  if (needsRehash(passwordHash)) throw new Error('benchmark hash is not at the production setting');
  console.log(`password hash: ${passwordHash.split('$').slice(0, 4).join('$')}`);
  const emails = Array.from({ length: ACCOUNTS }, (_, i) => `login${i}@bench.test`);
  await db.db.insert(users).values(emails.map((email, i) => ({ email, username: `로그인${i}`, passwordHash, neighbourhoodCode: '5011058000' })));

  let next = 0;
  const run = async (connections: number, length: { duration: number } | { amount: number } = { duration: DURATION }) => {
    let peak = rssMb(server.pid);
    const cpuBefore = cpuMs(server.pid);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 100);
    const result = await autocannon({
      url: `${server.base}/api/tokens`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections,
      ...length,
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ email: emails[next++ % ACCOUNTS], password: PASSWORD }) }),
        },
      ],
    });
    clearInterval(sampler);
    return { connections, result, peak, cpu: cpuMs(server.pid) - cpuBefore, load: loadavg()[0]! };
  };

  await run(1, { amount: 10 });
  const runs = [];
  for (const connections of [1, 4, 50]) runs.push(await run(connections));
  console.log(
    table(
      runs.map(({ connections, result, peak, cpu, load }) => ({
        connections,
        'sign-ins/s': (result['2xx'] / result.duration).toFixed(1),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'max ms': result.latency.max,
        failed: result.errors + result.non2xx,
        'peak RSS MB': peak,
        'server CPU ms/sign-in': (cpu / Math.max(1, result['2xx'])).toFixed(1),
        'load avg': load.toFixed(1),
      })),
    ),
  );
  // The burst's last requests are still queued: one more sign-in waits behind them before the server stops.
  await run(1, { amount: 1 });
  const burst = runs.at(-1)!;
  const four = runs[1]!;
  console.log(
    `4 connections: ${(four.result['2xx'] / four.result.duration).toFixed(1)}/s (target ≥ 20); ` +
      `50 connections: ${(burst.result['2xx'] / burst.result.duration).toFixed(1)}/s (≥ 20), p99 ${burst.result.latency.p99} ms (≤ 2000), ` +
      `${burst.result.errors + burst.result.non2xx} failed (0), peak RSS ${burst.peak} MB (≤ 400)`,
  );
} finally {
  await db.close();
  await server.stop();
  await database.drop();
}

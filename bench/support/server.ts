import type autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

export const BASE_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh PostgreSQL database for one benchmark run, dropped by `drop()`. */
export async function freshDatabase(prefix: string) {
  const admin = postgres(BASE_DATABASE_URL, { max: 1, onnotice: () => {} });
  const name = `${prefix}_${Date.now().toString(36)}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The production server (needs `npm run build` first) on its own port and database, started as `npm start` does. */
export async function startServer({ port, databaseUrl, env = {} }: { port: number; databaseUrl: string; env?: Record<string, string> }) {
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // BENCH_NODE_ARGS: extra V8/Node flags for the server, to measure a memory lever ("--max-semi-space-size=16"
  // overrides npm start's 32: the later flag wins).
  const extra = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const probeFile = join(tmpdir(), `dongne-bench-memory-${port}.json`);
  const probe = ['--import', join(import.meta.dirname, 'memory-probe.mjs')];
  const child: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=32', '--enable-source-maps', ...probe, ...extra, ...profile, 'dist/server.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
      SEED_DEMO: '0',
      MEMORY_PROBE_FILE: probeFile,
      ...env,
    },
    // BENCH_SERVER_STDOUT=inherit shows the server's stdout: V8's --trace-gc and --trace-gc-nvp print there.
    stdio: ['ignore', process.env.BENCH_SERVER_STDOUT === 'inherit' ? 'inherit' : 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
    if (i > 240 || child.exitCode !== null) throw new Error('server did not start (did you run `npm run build`?)');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    /** The server's own process (its RSS is the app's memory). */
    pid: child.pid!,
    /** Where the preloaded memory probe writes on SIGUSR2 (bench/support/memory.ts reads it). */
    probeFile,
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}

export async function signUpAndToken(base: string, email: string, username: string, neighbourhoodCode = '5011058000') {
  const body = { email, username, password: 'bench1234', passwordConfirm: 'bench1234', neighbourhoodCode };
  const res = await fetch(`${base}/api/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`sign up failed: ${res.status} ${await res.text()}`);
  const tokens = await fetch(`${base}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench1234' }),
  });
  return (await tokens.json()) as { accessToken: string; user: { id: number } };
}

export const table = (rows: Record<string, string | number>[]) => {
  const cols = Object.keys(rows[0]!);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(width[i]!)).join(' | ')} |`;
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join('\n');
};

/** One autocannon run as a table row: throughput, latency, failures and SQL statements per request. */
export const loadRow = (route: string, r: autocannon.Result, sql: number | string) => ({
  route,
  'req/s': Math.round(r.requests.average),
  'p50 ms': r.latency.p50,
  'p99 ms': r.latency.p99,
  errors: r.errors + r.non2xx,
  'SQL/req': sql,
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * N app processes on PostgreSQL + Redis behind HAProxy (Debian's package), as production runs
 * them: `npm run build` first, then `scripts/cluster` (DATABASE_URL, REDIS_URL, AUTH_SECRET,
 * PORT for the balancer, CLUSTER_SIZE). The app processes listen on PORT+101, PORT+102, …
 */
export type ClusterOptions = { size?: number; port?: number; databaseUrl: string; redisUrl: string; env?: Record<string, string> };

export function haproxyConfig(port: number, appPorts: number[]) {
  return `global
  maxconn 4000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  retries 3
  option redispatch
  option forwardfor
frontend dongne
  bind 127.0.0.1:${port}
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /api/health
  http-check expect status 200
  cookie SERVERID insert indirect nocache
  default-server inter 1s fall 2 rise 2
${appPorts.map((p, i) => `  server app${i + 1} 127.0.0.1:${p} check cookie app${i + 1}`).join('\n')}
`;
}

/** Resolves once `url`'s /api/health answers 200 (a server started by the caller has come up). */
export async function healthy(url: string, timeoutMs = 120_000) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not become healthy`);
}

export async function startCluster({ size = 3, port = 3000, databaseUrl, redisUrl, env = {} }: ClusterOptions) {
  const appPorts = Array.from({ length: size }, (_, i) => port + 101 + i);
  const apps: ChildProcess[] = appPorts.map((appPort) =>
    spawn(process.execPath, ['--max-semi-space-size=32', '--enable-source-maps', 'dist/server.js'], {
      env: { ...process.env, NODE_ENV: 'production', PORT: String(appPort), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, TRUST_PROXY: '1', ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  );
  const stopOne = (child: ChildProcess, signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill(signal))));
  const dir = mkdtempSync(path.join(tmpdir(), 'dongne-haproxy-'));
  const config = path.join(dir, 'haproxy.cfg');
  writeFileSync(config, haproxyConfig(port, appPorts));
  let haproxy: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.all(appPorts.map((p) => healthy(`http://127.0.0.1:${p}`)));
    haproxy = spawn(process.env.HAPROXY_PATH ?? 'haproxy', ['-f', config, '-db'], { stdio: ['ignore', 'ignore', 'inherit'] });
    await healthy(url, 30_000);
  } catch (error) {
    // Nothing half-started is left behind holding its port.
    await Promise.all([...apps, ...(haproxy ? [haproxy] : [])].map((c) => stopOne(c, 'SIGKILL')));
    throw error;
  }
  return {
    url,
    apps,
    appPorts,
    /** SIGKILL: the process dies with its sockets open, as a crash does. */
    kill: (index: number) => stopOne(apps[index]!, 'SIGKILL'),
    async stop() {
      await Promise.all(apps.map((a) => stopOne(a, 'SIGTERM')));
      await stopOne(haproxy!, 'SIGTERM');
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required: several processes cannot share PGlite');
  const cluster = await startCluster({
    size: Number(process.env.CLUSTER_SIZE ?? 3),
    port: Number(process.env.PORT ?? 3000),
    databaseUrl,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  });
  console.log(`> Dongne cluster of ${cluster.apps.length} on ${cluster.url} (processes on ${cluster.appPorts.join(', ')})`);
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

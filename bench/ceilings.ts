/**
 * The bare ceiling of issue #23: a plain Node http server answering every request with one
 * postgres.js primary-key read (no router, no auth, no framework), in its own process like the
 * app, so the bench's load generator does not share its event loop. `startBareCeiling` is used by
 * bench/reads.ts; run alone (`npx tsx bench/ceilings.ts`) it serves on PORT until stopped.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

function serve(port: number, databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 10, onnotice: () => {} });
  http
    .createServer(async (_req, res) => {
      try {
        const [row] = await sql`select id, username from users where id = ${1}`;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(row ?? null));
      } catch {
        res.writeHead(500).end();
      }
    })
    .listen(port, '127.0.0.1');
}

/** The bare server on its own port and process; users.id = 1 should exist (any row works). */
export async function startBareCeiling({ port, databaseUrl }: { port: number; databaseUrl: string }) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, BARE_CEILING_SERVE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await fetch(base).then((r) => r.ok).catch(() => false)) break;
    if (i > 60 || child.exitCode !== null) throw new Error('bare ceiling did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

if (process.env.BARE_CEILING_SERVE === '1') serve(Number(process.env.PORT), process.env.DATABASE_URL!);

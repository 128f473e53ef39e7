/**
 * A newcomer's first run on the production build (`npm run demo` after its build step): a fresh
 * PGlite folder, migrations and demo data, then the first page and the first sign-up, timed from
 * the process start. Run after `npm run build`:  npx tsx bench/first-run.ts
 * `npx tsx bench/first-run.ts --dev` times `npm run dev` instead (no build; Next compiles each
 * route on its first request, which is what the first page and sign-up then wait for).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.FIRST_RUN_PORT ?? 3352);
const base = `http://127.0.0.1:${PORT}`;
const dir = mkdtempSync(path.join(tmpdir(), 'dongne-first-run-'));
const started = performance.now();
const dev = process.argv.includes('--dev');
// `npm run dev` runs server.ts through tsx; `npm run demo` the compiled dist/server.js.
const entry = dev ? ['--import', 'tsx', 'server.ts', '--dev'] : ['--enable-source-maps', 'dist/server.js', '--demo'];
const child = spawn(process.execPath, ['--max-semi-space-size=32', ...entry], {
  env: { ...process.env, NODE_ENV: dev ? 'development' : 'production', PORT: String(PORT), PGLITE_DIR: dir, DATABASE_URL: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const ms = (from: number) => Math.round(performance.now() - from);
try {
  for (;;) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
    if (child.exitCode !== null) throw new Error('server exited (did you run `npm run build`?)');
    await new Promise((r) => setTimeout(r, 100));
  }
  const ready = ms(started);
  let t = performance.now();
  const home = await fetch(`${base}/`);
  await home.text();
  const firstPage = ms(t);
  t = performance.now();
  const signUp = await fetch(`${base}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: `first-${Date.now()}@dongne.test`, username: `첫손님${Date.now() % 10000}`, password: 'firstrun123', passwordConfirm: 'firstrun123', neighbourhoodCode: '5011058000' }),
  });
  const firstSignUp = ms(t);
  t = performance.now();
  await (await fetch(`${base}/posts`)).text();
  const secondPage = ms(t);
  console.log(JSON.stringify({ mode: dev ? 'dev' : 'demo', readyMs: ready, firstPageMs: firstPage, firstPageStatus: home.status, firstSignUpMs: firstSignUp, signUpStatus: signUp.status, secondPageMs: secondPage }));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts server.ts (production build) for the browser tests on a database of its own:
 * a fresh PGlite folder, or with DATABASE_URL a fresh PostgreSQL database, dropped on exit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import webpush from 'web-push';
import { startFakeKma } from '../../tests/support/fake-kma';

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  SEED_DEMO: '0',
  PAYMENTS_DEMO_PURPOSE: '1',
  // Lets a spec move a booking into the past (lib/reservations/e2e-fixtures.ts).
  E2E_FIXTURES: '1',
};
// Production takes the VAPID pair from the environment; the browser tests make one per run.
if (!env.VAPID_PUBLIC_KEY) {
  const keys = webpush.generateVAPIDKeys();
  env.VAPID_PUBLIC_KEY = keys.publicKey;
  env.VAPID_PRIVATE_KEY = keys.privateKey;
}
let cleanup = async () => {};

// Weather from a local fake KMA: rain over 제주 (grid rows below 60); NO_DATA for 서울
// 청운효자동 (60, 127), whose users must see the home page without a weather card.
const kma = await startFakeKma({
  scenario: (call) => (call.nx === 60 && call.ny === 127 ? 'no_data' : 'ok'),
  observation: (call) => (call.ny < 60 ? { T1H: 8.4, PTY: 1, RN1: 1.5, SKY: 4 } : {}),
});
env.KMA_SERVICE_KEY = 'e2e-fake-key';
env.KMA_BASE_URL = kma.baseUrl;

if (process.env.DATABASE_URL) {
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  const name = `dongne_e2e_${Date.now().toString(36)}`;
  // Leftovers of runs that were killed before they could clean up.
  for (const { datname } of await admin<{ datname: string }[]>`select datname from pg_database where datname like 'dongne_e2e_%'`) {
    await admin.unsafe(`drop database if exists ${datname} with (force)`);
  }
  await admin.unsafe(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'dongne-e2e-'));
  env.PGLITE_DIR = dir;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

// The 제주 boundaries, as an operator loads them (npm run data:boundaries): 동네인증 there checks the real dong.
const loaded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/load-boundaries.ts', 'data/kr-admin-dong-boundaries-jeju.geojson'], { env, stdio: 'inherit' });
if (loaded.status !== 0) throw new Error('loading the 제주 boundaries failed');

const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server.js'], { env, stdio: 'inherit' });
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
child.on('exit', async (code) => {
  await kma.close();
  await cleanup().catch((e) => console.error('e2e cleanup failed:', e));
  process.exit(code ?? 0);
});

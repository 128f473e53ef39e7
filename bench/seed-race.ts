/**
 * Race 4 of issue #16, repeated: two `server.ts` processes start at the same moment on an empty
 * PostgreSQL database with SEED_DEMO=1 (npm run build first). Each run checks that both are
 * still up and that the demo data exists once. e2e/races.spec.ts does this once per CI run;
 * this script repeats it (SEED_RACE_RUNS, default 50):
 *   npx tsx bench/seed-race.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import postgres from 'postgres';
import { healthy } from '../scripts/start-cluster';
import { freshDatabase } from './support/server';

const RUNS = Number(process.env.SEED_RACE_RUNS ?? 50);
const ports = [4533, 4534];
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const stop = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))));

let violations = 0;
for (let run = 1; run <= RUNS; run++) {
  const database = await freshDatabase('dongne_seed_race');
  const children = ports.map((port) =>
    spawn(process.execPath, ['--enable-source-maps', 'dist/server.js'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl,
        AUTH_SECRET: 'seed-race-secret-seed-race-secret-0123456789',
        SEED_DEMO: '1',
      },
      stdio: 'ignore',
    }),
  );
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await Promise.all(ports.map((port) => healthy(`http://127.0.0.1:${port}`)));
    const [counts] = await sql<{ minji: number; posts: number; users: number }[]>`
      select (select count(*)::int from users where email = 'minji@dongne.test') as minji,
             (select count(*)::int from meal_posts) as posts,
             (select count(*)::int from users) as users`;
    const alive = children.every((c) => c.exitCode === null);
    const ok = alive && counts!.minji === 1;
    if (!ok) violations++;
    console.log(`run ${run}: ${ok ? 'ok' : 'VIOLATION'} (both up: ${alive}, users ${counts!.users}, posts ${counts!.posts})`);
  } catch (error) {
    violations++;
    console.log(`run ${run}: VIOLATION (${(error as Error).message})`);
  } finally {
    await sql.end();
    await Promise.all(children.map(stop));
    await database.drop();
  }
}
console.log(`${RUNS} runs, ${violations} violations (target 0)`);
process.exitCode = violations ? 1 : 0;

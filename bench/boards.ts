/**
 * Meal-board list throughput on real PostgreSQL (npm run build first):
 *   npx tsx bench/boards.ts            (DATABASE_URL defaults to the local server)
 * 2,000 posts in one neighbourhood; GET /api/posts?page=1 with a Bearer token at 50
 * connections for 15 s, and the app's empty route handler in the same run as the ceiling, on
 * both ways production can serve /api: directly (the default, lib/process/direct-api.ts) and
 * through Next (API_DISPATCH=next, a second server on the same database).
 * Targets: the list served directly ≥ 80% of Next's empty route, p99 ≤ 100 ms, ≤ 3 SQL statements per list request.
 */
import autocannon from 'autocannon';
import * as postsRoute from '@/app/api/posts/route';
import { openDatabase, setDatabase, withQueryLog } from '@/db/client';
import { provideEnv } from '@/lib/env';
import { users } from '@/db/schema';
import { createPost } from '@/lib/boards/mutations';
import { mealCategories } from '@/lib/boards/schema';
import { eq } from 'drizzle-orm';
import { memoryLine, sampleRss } from './support/memory';
import { freshDatabase, signUpAndToken, startServer, table } from './support/server';

const PORT = 3301;
const NEXT_PORT = 3302;
const POSTS = 2000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

const database = await freshDatabase('dongne_bench_boards');
const server = await startServer({ port: PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1' } });
const viaNext = await startServer({ port: NEXT_PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1', API_DISPATCH: 'next' } });
const db = openDatabase({ url: database.url });
try {
  const { accessToken, user } = await signUpAndToken(server.base, 'bench@dongne.test', 'bench');
  const [author] = await db.db.select().from(users).where(eq(users.id, user.id));
  provideEnv('AUTH_SECRET', 'bench-secret-bench-secret-bench-secret-0123456789');
  console.log(`loading ${POSTS} posts…`);
  for (let i = 0; i < POSTS; i++) {
    await createPost(db.db, author!, {
      title: `벤치 글 ${i}`,
      category: mealCategories[i % mealCategories.length]!,
      targetNumber: 2 + (i % 9),
      content: '같이 시켜요',
    });
  }

  // Statements per list request, counted on the same database through the real handler.
  let statements = 0;
  setDatabase(withQueryLog(db, () => statements++));
  const res = await postsRoute.GET(new Request('http://bench/api/posts?page=1', { headers: { authorization: `Bearer ${accessToken}` } }), {
    params: Promise.resolve({}),
  });
  if (res.status !== 200) throw new Error(`list failed: ${res.status}`);
  setDatabase(undefined);

  const run = (base: string, path: string) =>
    autocannon({ url: `${base}${path}`, connections: 50, duration: DURATION, headers: { authorization: `Bearer ${accessToken}` } });
  // Interleaved, so drift on a shared machine hits both paths alike. Each server's RSS is sampled throughout (issue #23: ≤ 300 MB).
  const rss = [sampleRss(server.pid), sampleRss(viaNext.pid)];
  const nextCeiling = await run(viaNext.base, '/api/bench/noop');
  const directCeiling = await run(server.base, '/api/bench/noop');
  const nextList = await run(viaNext.base, '/api/posts?page=1');
  const list = await run(server.base, '/api/posts?page=1');
  const [directRss, nextRss] = rss.map((r) => r.stop());
  const row = (name: string, r: autocannon.Result, sql: number | string) => ({
    route: name,
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    errors: r.errors + r.non2xx,
    'SQL/req': sql,
  });
  console.log(
    table([
      row('GET /api/bench/noop via Next (ceiling)', nextCeiling, 0),
      row('GET /api/bench/noop direct', directCeiling, 0),
      row('GET /api/posts?page=1 via Next', nextList, statements),
      row('GET /api/posts?page=1 direct', list, statements),
    ]),
  );
  const percent = (a: autocannon.Result, b: autocannon.Result) => `${((a.requests.average / b.requests.average) * 100).toFixed(0)}%`;
  console.log(
    `list direct / Next's empty route = ${percent(list, nextCeiling)} (target ≥ 80%); list via Next / Next's empty route = ${percent(nextList, nextCeiling)}; ` +
      `list direct / direct empty route = ${percent(list, directCeiling)}; p99 ${list.latency.p99} ms (target ≤ 100), ${statements} statements (target ≤ 3)`,
  );
  console.log(await memoryLine('server (direct /api)', directRss!, server));
  console.log(await memoryLine('server (API_DISPATCH=next)', nextRss!, viaNext));
} finally {
  await db.close();
  await server.stop();
  await viaNext.stop();
  await database.drop();
}

/**
 * Meal-board list throughput on real PostgreSQL (npm run build first):
 *   npx tsx bench/boards.ts            (DATABASE_URL defaults to the local server)
 * BENCH_POSTS posts (default 2,000, bulk-loaded by bench/support/bulk-posts.ts) in one
 * neighbourhood; GET /api/posts?page=1 with a Bearer token at 50 connections for BENCH_SECONDS
 * (default 15), and the app's empty route handler in the same run as the ceiling, on both ways
 * production can serve /api: directly (the default, lib/process/direct-api.ts) and through Next
 * (API_DISPATCH=next, a second server on the same database).
 * Targets: the list served directly ≥ 80% of Next's empty route, p99 ≤ 100 ms, ≤ 3 SQL statements per list request.
 *
 * Another mode (direct path only, after the hot list of the same run as its baseline):
 *   BENCH_WRITER=1  the hot list while a writer in the same dong posts through the API every
 *                   100 ms (round-robin over enough accounts to stay under the posting limit) and
 *                   reads its board after each post, checking it sees its own post.
 *                   Target: p99 ≤ 100 ms (issue #23 item 3).
 * The cold list at several sizes, pair by pair: bench/boards-cold.ts.
 */
import autocannon from 'autocannon';
import * as postsRoute from '@/app/api/posts/route';
import { openDatabase, setDatabase, withQueryLog } from '@/db/client';
import { provideEnv } from '@/lib/env';
import { bulkLoadPosts } from './support/bulk-posts';
import { BENCH_DONG, boardUsers } from './support/board-load';
import { memoryLine, sampleRss } from './support/memory';
import { freshDatabase, loadRow, signUpAndToken, startServer, table } from './support/server';

const PORT = 3301;
const NEXT_PORT = 3302;
const POSTS = Number(process.env.BENCH_POSTS ?? 2000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const WRITER = process.env.BENCH_WRITER === '1';

const database = await freshDatabase('dongne_bench_boards');
const server = await startServer({ port: PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1' } });
const viaNext = WRITER ? null : await startServer({ port: NEXT_PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1', API_DISPATCH: 'next' } });
const db = openDatabase({ url: database.url });
provideEnv('AUTH_SECRET', 'bench-secret-bench-secret-bench-secret-0123456789');

try {
  const { accessToken, user } = await signUpAndToken(server.base, 'bench@dongne.test', 'bench');
  console.log(`loading ${POSTS} posts…`);
  const loading = performance.now();
  await bulkLoadPosts(db.db, { authorId: user.id, neighbourhoodCode: BENCH_DONG, count: POSTS });
  console.log(`loaded in ${((performance.now() - loading) / 1000).toFixed(1)} s`);

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

  if (viaNext) {
    // Interleaved, so drift on a shared machine hits both paths alike. Each server's RSS is sampled throughout (issue #23: ≤ 300 MB).
    const rss = [sampleRss(server.pid), sampleRss(viaNext.pid)];
    const nextCeiling = await run(viaNext.base, '/api/bench/noop');
    const directCeiling = await run(server.base, '/api/bench/noop');
    const nextList = await run(viaNext.base, '/api/posts?page=1');
    const list = await run(server.base, '/api/posts?page=1');
    const [directRss, nextRss] = rss.map((r) => r.stop());
    console.log(
      table([
        loadRow('GET /api/bench/noop via Next (ceiling)', nextCeiling, 0),
        loadRow('GET /api/bench/noop direct', directCeiling, 0),
        loadRow('GET /api/posts?page=1 via Next', nextList, statements),
        loadRow('GET /api/posts?page=1 direct', list, statements),
      ]),
    );
    const percent = (a: autocannon.Result, b: autocannon.Result) => `${((a.requests.average / b.requests.average) * 100).toFixed(0)}%`;
    console.log(
      `list direct / Next's empty route = ${percent(list, nextCeiling)} (target ≥ 80%); list via Next / Next's empty route = ${percent(nextList, nextCeiling)}; ` +
        `list direct / direct empty route = ${percent(list, directCeiling)}; p99 ${list.latency.p99} ms (target ≤ 100), ${statements} statements (target ≤ 3)`,
    );
    console.log(await memoryLine('server (direct /api)', directRss!, server));
    console.log(await memoryLine('server (API_DISPATCH=next)', nextRss!, viaNext));
  } else {
    const rows = [loadRow(`GET /api/posts?page=1 (${POSTS} posts)`, await run(server.base, '/api/posts?page=1'), statements)];
    const writing = await startWriter();
    const list = await run(server.base, '/api/posts?page=1');
    const written = await writing.stop();
    rows.push(loadRow(`same, a post every 100 ms`, list, statements));
    console.log(table(rows));
    console.log(
      `writer: ${written.posts} posts (${written.failed} failed), its next read showed its post (or only newer ones) on ${written.sawOwn}/${written.posts} reads; ` +
        `p99 with the writer ${list.latency.p99} ms (target ≤ 100)`,
    );
  }

  /** Posts every 100 ms through the API (whether or not the last one answered), each followed by a read of the writer's own board. */
  async function startWriter() {
    const perAccount = 5; // lib/accounts/action-limits.ts mealPost: 5 per 10 minutes
    const tokens = await boardUsers(db.db, 'writer', Math.ceil((DURATION * 10) / perAccount) + 2);
    const stats = { posts: 0, failed: 0, sawOwn: 0 };
    const inFlight = new Set<Promise<void>>();
    const write = async (i: number) => {
      const headers = { authorization: `Bearer ${tokens[Math.floor(i / perAccount) % tokens.length]}`, 'content-type': 'application/json' };
      const body = JSON.stringify({ title: `쓰는 중 ${i}`, category: '치킨', targetNumber: 4, content: '지금 시켜요' });
      const created = await fetch(`${server.base}/api/posts`, { method: 'POST', headers, body });
      stats.posts++;
      if (created.status !== 201) return void stats.failed++;
      const own = (await created.json()) as { id: number; createdAt: string };
      // Other accounts' posts may land in between and push it off the first page, which must then hold only newer ones.
      const board = (await (await fetch(`${server.base}/api/posts?page=1`, { headers })).json()) as { items: { id: number; createdAt: string }[] };
      const last = board.items.at(-1);
      if (board.items.some((p) => p.id === own.id) || (board.items.length === 10 && last!.createdAt >= own.createdAt)) stats.sawOwn++;
    };
    let i = 0;
    const timer = setInterval(() => {
      const done = write(i++).finally(() => inFlight.delete(done));
      inFlight.add(done);
    }, 100);
    return {
      async stop() {
        clearInterval(timer);
        await Promise.all(inFlight);
        return stats;
      },
    };
  }
} finally {
  await db.close();
  await server.stop();
  await viaNext?.stop();
  await database.drop();
}

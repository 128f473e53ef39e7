/**
 * The cold meal-board list at several sizes, pair by pair, on real PostgreSQL (npm run build first):
 *   npx tsx bench/boards-cold.ts                        (BENCH_POSTS=2000,200000)
 * For each size in BENCH_POSTS, its own database (posts bulk-loaded by bench/support/bulk-posts.ts,
 * 2,000 more users in the dong) and production server. Then the cold list (50 connections, a
 * random user and a random page 1..200 of size 10 per request: the same work at every size) runs
 * on each size in turn for BENCH_SECONDS (default 15), BENCH_PAIRS times (default 3), so the
 * machine's drift falls on every size alike; each larger size's req/s is compared with the
 * smallest's pair by pair. Target (issue #23 item 5): the median pair ≥ 80% at 200,000 posts.
 */
import { openDatabase } from '@/db/client';
import { provideEnv } from '@/lib/env';
import { bulkLoadPosts } from './support/bulk-posts';
import { BENCH_DONG, boardUsers, coldList } from './support/board-load';
import { freshDatabase, loadRow, signUpAndToken, startServer, table } from './support/server';
import { median } from './support/stats';

const SIZES = (process.env.BENCH_POSTS ?? '2000,200000').split(',').map(Number);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

provideEnv('AUTH_SECRET', 'bench-secret-bench-secret-bench-secret-0123456789');

async function board(posts: number, port: number) {
  const database = await freshDatabase('dongne_bench_cold');
  const server = await startServer({ port, databaseUrl: database.url });
  const db = openDatabase({ url: database.url });
  const { user } = await signUpAndToken(server.base, 'bench@dongne.test', 'bench');
  const loading = performance.now();
  await bulkLoadPosts(db.db, { authorId: user.id, neighbourhoodCode: BENCH_DONG, count: posts });
  const tokens = await boardUsers(db.db, 'cold', 2000);
  console.log(`${posts} posts and 2,000 users loaded in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
  return {
    posts,
    run: () => coldList(server.base, tokens, DURATION),
    async close() {
      await db.close();
      await server.stop();
      await database.drop();
    },
  };
}

const boards: Awaited<ReturnType<typeof board>>[] = [];
try {
  for (const [i, posts] of SIZES.entries()) boards.push(await board(posts, 3311 + i));
  const rows: ReturnType<typeof loadRow>[] = [];
  const perSecond = new Map<number, number[]>(SIZES.map((posts) => [posts, []]));
  for (let pair = 1; pair <= PAIRS; pair++) {
    for (const b of boards) {
      const result = await b.run();
      rows.push(loadRow(`pair ${pair}: cold list, ${b.posts} posts`, result, '2–4'));
      perSecond.get(b.posts)!.push(result.requests.average);
    }
  }
  console.log(table(rows));
  const smallest = perSecond.get(SIZES[0]!)!;
  for (const posts of SIZES.slice(1)) {
    const ratios = perSecond.get(posts)!.map((r, i) => Math.round((r / smallest[i]!) * 100));
    const mid = median(ratios);
    console.log(
      `cold list at ${posts} posts as a share of ${SIZES[0]} posts, pair by pair: ${ratios.map((r) => `${r}%`).join(' / ')}; ` +
        `median ${mid}% (target ≥ 80%: ${mid >= 80 ? 'met' : 'MISSED'})`,
    );
  }
} finally {
  for (const b of boards) await b.close();
}

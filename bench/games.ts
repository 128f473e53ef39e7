/**
 * Game search throughput on real PostgreSQL (npm run build first):
 *   npx tsx bench/games.ts             (DATABASE_URL defaults to the local server)
 * 10,000 upcoming games spread over every real 행정동 (a few per dong, bulk-inserted), then
 * GET /api/games near 서울시청 within 5 km, alone and with sport + date filters, at 50
 * connections for 15 s each, the app's empty route as the ceiling, and EXPLAIN of both searches.
 */
import autocannon from 'autocannon';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import { listGames } from '@/lib/games/queries';
import { listGamesQuery } from '@/lib/games/schema';
import { loadGames } from './support/games-data';
import { freshDatabase, signUpAndToken, startServer, table } from './support/server';

const PORT = 3302;
const GAMES = 10_000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CITY_HALL = '37.5663,126.9779';
const DAY = 86_400_000;

const database = await freshDatabase('dongne_bench_games');
const server = await startServer({ port: PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1' } });
const client = postgres(database.url, { max: 2, onnotice: () => {} });
const logged: { query: string; params: unknown[] }[] = [];
const db = drizzle({ client, schema, casing: 'snake_case', logger: { logQuery: (query, params) => logged.push({ query, params }) } });
try {
  const { user } = await signUpAndToken(server.base, 'bench-games@dongne.test', 'benchhost');
  await loadGames(db, user.id, GAMES);
  await client`analyze games`;

  const now = Date.now();
  const from = new Date(now + DAY).toISOString();
  const to = new Date(now + 8 * DAY).toISOString();
  const searches = [
    { name: `GET /api/games?near=…&radiusKm=5`, path: `/api/games?near=${CITY_HALL}&radiusKm=5` },
    { name: `GET /api/games?near=…&radiusKm=5&sport=futsal&from=…&to=…`, path: `/api/games?near=${CITY_HALL}&radiusKm=5&sport=futsal&from=${from}&to=${to}` },
  ];

  // The plans of exactly what the handler runs: the statements listGames issues, explained.
  for (const search of searches) {
    logged.length = 0;
    const query = listGamesQuery.parse(Object.fromEntries(new URL(search.path, 'http://bench').searchParams));
    const result = await listGames(db as never, query);
    console.log(`\n${search.name}: ${result.page.total} games match`);
    for (const { query: statement, params } of [...logged]) {
      const plan = await client.unsafe(`explain (analyze, costs off, timing off, summary off) ${statement}`, params as never[]);
      console.log(plan.map((r) => `  ${r['QUERY PLAN']}`).join('\n'));
    }
  }

  const run = (path: string) => autocannon({ url: `${server.base}${path}`, connections: 50, duration: DURATION });
  const rows: Record<string, string | number>[] = [];
  const row = (name: string, r: autocannon.Result) => ({
    route: name,
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    errors: r.errors + r.non2xx,
  });
  rows.push(row('GET /api/bench/noop (ceiling)', await run('/api/bench/noop')));
  for (const search of searches) rows.push(row(search.name, await run(search.path)));
  console.log(`\n${table(rows)}`);
} finally {
  await client.end();
  await server.stop();
  await database.drop();
}

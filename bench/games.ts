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
import { chatRooms, games, gameStatuses, neighbourhoods, sports } from '@/db/schema';
import * as schema from '@/db/schema';
import { listGames } from '@/lib/games/queries';
import { listGamesQuery } from '@/lib/games/schema';
import { freshDatabase, signUpAndToken, startServer, table } from './support/server';

const PORT = 3302;
const GAMES = 10_000;
const BATCH = 1_000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CITY_HALL = '37.5663,126.9779';
const DAY = 86_400_000;
const HOUR = 3_600_000;

const database = await freshDatabase('dongne_bench_games');
const server = await startServer({ port: PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1' } });
const client = postgres(database.url, { max: 2, onnotice: () => {} });
const logged: { query: string; params: unknown[] }[] = [];
const db = drizzle({ client, schema, casing: 'snake_case', logger: { logQuery: (query, params) => logged.push({ query, params }) } });
try {
  const { user } = await signUpAndToken(server.base, 'bench-games@dongne.test', 'benchhost');
  const dongs = await db.select({ code: neighbourhoods.code, lat: neighbourhoods.lat, lng: neighbourhoods.lng }).from(neighbourhoods);
  console.log(`loading ${GAMES} games over ${dongs.length} dongs…`);
  const now = Date.now();
  // A fixed pseudo-random sequence: every run loads the same games.
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const upcoming = gameStatuses.filter((s) => s === 'recruiting' || s === 'full' || s === 'confirmed');
  for (let start = 0; start < GAMES; start += BATCH) {
    const count = Math.min(BATCH, GAMES - start);
    const rooms = await db
      .insert(chatRooms)
      .values(Array.from({ length: count }, (_, i) => ({ kind: 'game' as const, title: `벤치 경기 ${start + i}`, ownerId: user.id })))
      .returning({ id: chatRooms.id });
    await db.insert(games).values(
      rooms.map((room, i) => {
        const n = start + i;
        const dong = dongs[n % dongs.length]!;
        const startsAt = new Date(now + DAY + Math.floor(random() * 30 * 24) * HOUR);
        const maxPlayers = 4 + (n % 12);
        const status = upcoming[n % 10 === 0 ? 2 : n % 7 === 0 ? 1 : 0]!;
        return {
          hostId: user.id,
          sport: sports[n % sports.length]!,
          title: `벤치 경기 ${n}`,
          placeName: `${dong.code} 체육공원`,
          address: `벤치 주소 ${n}`,
          neighbourhoodCode: dong.code,
          sigunguCode: dong.code.slice(0, 5),
          // Within about a kilometre of the dong's centre.
          lat: dong.lat + (random() - 0.5) * 0.02,
          lng: dong.lng + (random() - 0.5) * 0.02,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * HOUR),
          recruitUntil: new Date(startsAt.getTime() - 2 * HOUR),
          minPlayers: 2,
          maxPlayers,
          fee: (n % 4) * 5000,
          status,
          joinedCount: status === 'full' ? maxPlayers : n % 3,
          chatRoomId: room.id,
        };
      }),
    );
  }
  await client`analyze games`;

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

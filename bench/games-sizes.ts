/**
 * Issue #23 item 5 for the games search, decided in one run (npm run build first):
 *   npm run bench:games-sizes
 * Two databases, 2,000 and 100,000 games (BENCH_SMALL, BENCH_LARGE), each behind its own
 * production server, both up for the whole run. The cold near search (a random Seoul dong per
 * request, 5 km) runs against them in turn, BENCH_PAIRS (default 3) pairs of BENCH_SECONDS (10)
 * at 50 connections, small first in odd pairs and large first in even ones, so a machine that
 * speeds up or slows down mid-run weighs on both. Target: the large size keeps ≥ 80% of the
 * small size's median req/s.
 */
import autocannon from 'autocannon';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import { neighbourhoods } from '@/db/schema';
import { loadGames } from './support/games-data';
import { freshDatabase, loadRow, signUpAndToken, startServer, table } from './support/server';
import { median } from './support/stats';

const SIZES = [Number(process.env.BENCH_SMALL ?? 2_000), Number(process.env.BENCH_LARGE ?? 100_000)] as const;
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const setups = await Promise.all(
  SIZES.map(async (games, i) => {
    const database = await freshDatabase(`dongne_bench_games_${games}`);
    const server = await startServer({ port: 3321 + i, databaseUrl: database.url });
    return { games, database, server };
  }),
);
const clients: postgres.Sql[] = [];
try {
  let seoul: { lat: number; lng: number }[] = [];
  for (const setup of setups) {
    const client = postgres(setup.database.url, { max: 2, onnotice: () => {} });
    clients.push(client);
    const db = drizzle({ client, schema, casing: 'snake_case' });
    const { user } = await signUpAndToken(setup.server.base, `bench-games-${setup.games}@dongne.test`, `benchgames${setup.games}`);
    await loadGames(db, user.id, setup.games);
    await client`analyze`;
    seoul = (await db.select({ code: neighbourhoods.code, lat: neighbourhoods.lat, lng: neighbourhoods.lng }).from(neighbourhoods)).filter((d) => d.code.startsWith('11'));
  }
  const near = () => {
    const d = seoul[Math.floor(Math.random() * seoul.length)]!;
    return `/api/games?near=${d.lat.toFixed(4)},${d.lng.toFixed(4)}&radiusKm=5`;
  };
  const run = (base: string) =>
    autocannon({ url: `${base}/api/games`, connections: 50, duration: DURATION, requests: [{ setupRequest: (req) => ({ ...req, path: near() }) }] });
  console.log(`measuring ${PAIRS} pairs of ${DURATION} s runs (${SIZES.join(' and ')} games, cold)…`);
  const results: autocannon.Result[][] = [[], []];
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const i of pair % 2 ? [1, 0] : [0, 1]) results[i]!.push(await run(setups[i]!.server.base));
  }
  console.log(
    `\n${table(results.flatMap((runs, i) => runs.map((r, pair) => loadRow(`games near + 5 km, ${SIZES[i]} games (pair ${pair + 1})`, r, 1))))}`,
  );
  const [small, large] = results.map((runs) => median(runs.map((r) => r.requests.average)));
  const errors = results.flat().reduce((n, r) => n + r.errors + r.non2xx, 0);
  console.log(`\nmedian req/s: ${small!.toFixed(0)} at ${SIZES[0]} games, ${large!.toFixed(0)} at ${SIZES[1]}: ${((large! / small!) * 100).toFixed(0)}% (target ≥ 80%), ${errors} errors`);
} finally {
  await Promise.all(clients.map((c) => c.end()));
  for (const setup of setups) {
    await setup.server.stop();
    await setup.database.drop();
  }
}

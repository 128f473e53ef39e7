/**
 * Issue #23's hot reads against its ceilings, in one run (npm run build first):
 *   npm run bench:reads                (DATABASE_URL defaults to the local server; BENCH_SECONDS=15)
 * Ceilings: the app's empty route through Next (a second server, API_DISPATCH=next) and served
 * directly, and a bare Node http server with one postgres.js primary-key read (bench/ceilings.ts).
 * Reads, served directly at 50 connections: post detail, games near + 5 km (10,000 games, as
 * bench/games.ts loads them), spaces near with a date and hours, spaces text search (`q=`), the
 * community list. Each run goes after the previous one (ceilings first, then the reads), so drift
 * on a shared machine shows as a drift between neighbouring rows. Then EXPLAIN ANALYZE of every
 * statement each read issues, captured from the real handler (cold: authentication included).
 * Targets: each read ≥ 3× Next's empty route and ≥ 25% of the bare ceiling, p99 ≤ 100 ms, 0 errors.
 * Cost as data grows (issue #23 item 5): BENCH_GAMES (default 10,000), BENCH_SPACES (2,000) and
 * BENCH_RESERVATIONS (0; twenty per space at most, one a day, 10:00–12:00, from ten days ago)
 * set the sizes; BENCH_COLD=1 gives every request of the games and spaces reads its own question
 * (a random Seoul dong for `near`, a random date within two weeks, a random space word for `q`),
 * so the shared pages rarely answer and each request pays the query. Compare a 2,000-row run with
 * a large one: BENCH_COLD=1 BENCH_GAMES=2000 BENCH_SPACES=2000, then
 * BENCH_COLD=1 BENCH_GAMES=100000 BENCH_SPACES=10000 BENCH_RESERVATIONS=200000.
 * BENCH_READS=games,spaces runs only the reads whose names contain one of those words.
 */
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as postRoute from '@/app/api/posts/[id]/route';
import * as gamesRoute from '@/app/api/games/route';
import * as spacesRoute from '@/app/api/spaces/route';
import * as communityRoute from '@/app/api/community/posts/route';
import { openDatabase, setDatabase, withQueryLog } from '@/db/client';
import * as schema from '@/db/schema';
import { communityPosts, neighbourhoods, reservations, spaces, users } from '@/db/schema';
import { communityCategories } from '@/db/constants/community';
import { spaceTypes } from '@/db/constants/spaces';
import { forgetAllUsers } from '@/lib/auth/user-cache';
import { createPost } from '@/lib/boards/mutations';
import { mealCategories } from '@/lib/boards/schema';
import { provideEnv } from '@/lib/env';
import { startBareCeiling } from './ceilings';
import { loadGames } from './support/games-data';
import { freshDatabase, loadRow, signUpAndToken, startServer, table } from './support/server';

const PORT = 3311;
const NEXT_PORT = 3312;
const BARE_PORT = 3313;
const GAMES = Number(process.env.BENCH_GAMES ?? 10_000);
const SPACES = Number(process.env.BENCH_SPACES ?? 2_000);
const RESERVATIONS = Math.min(Number(process.env.BENCH_RESERVATIONS ?? 0), SPACES * 20);
const COLD = process.env.BENCH_COLD === '1';
const COMMUNITY_POSTS = 500;
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const ONLY = process.env.BENCH_READS?.split(',').filter(Boolean);
const CITY_HALL = '37.5663,126.9779';
const typeWords: Record<(typeof spaceTypes)[number], string> = {
  party_room: '파티룸',
  study_room: '스터디룸',
  meeting_room: '회의실',
  practice_room: '연습실',
  studio: '촬영 스튜디오',
  kitchen: '공유주방',
  sports: '실내 체육관',
  other: '다목적 공간',
};

const database = await freshDatabase('dongne_bench_reads');
const server = await startServer({ port: PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1' } });
const viaNext = await startServer({ port: NEXT_PORT, databaseUrl: database.url, env: { ENABLE_BENCH_ROUTES: '1', API_DISPATCH: 'next' } });
const bare = await startBareCeiling({ port: BARE_PORT, databaseUrl: database.url });
const client = postgres(database.url, { max: 2, onnotice: () => {} });
const db = drizzle({ client, schema, casing: 'snake_case' });
const app = openDatabase({ url: database.url });
try {
  const { accessToken, user } = await signUpAndToken(server.base, 'bench-reads@dongne.test', 'benchreads');
  const [me] = await db.select().from(users).where(eq(users.id, user.id));
  provideEnv('AUTH_SECRET', 'bench-secret-bench-secret-bench-secret-0123456789');
  await loadGames(db, user.id, GAMES);

  console.log(`loading ${SPACES} spaces and ${COMMUNITY_POSTS} community posts…`);
  const dongs = await db.select({ code: neighbourhoods.code, lat: neighbourhoods.lat, lng: neighbourhoods.lng, dong: neighbourhoods.dong }).from(neighbourhoods);
  const spaceRow = (i: number) => {
    const dong = dongs[(i * 7) % dongs.length]!;
    const type = spaceTypes[i % spaceTypes.length]!;
    return {
      hostId: user.id,
      title: `${dong.dong} ${typeWords[type]} ${i}`,
      type,
      description: `${dong.dong}에 있는 ${typeWords[type]}입니다. 깨끗하고 조용해요.`,
      address: `벤치 주소 ${i}`,
      neighbourhoodCode: dong.code,
      lat: dong.lat + ((i % 10) - 5) * 0.001,
      lng: dong.lng + ((i % 7) - 3) * 0.001,
      capacity: 2 + (i % 20),
      pricePerHour: 5_000 + (i % 10) * 1_000,
      openHour: 9,
      closeHour: 22,
      cancellationPolicy: 'flexible' as const,
    };
  };
  const spaceIds: number[] = [];
  for (let from = 0; from < SPACES; from += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, SPACES - from) }, (_, k) => spaceRow(from + k));
    spaceIds.push(...(await db.insert(spaces).values(batch).returning({ id: spaces.id })).map((r) => r.id));
  }
  if (RESERVATIONS) console.log(`loading ${RESERVATIONS} reservations…`);
  const today = Date.parse(new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10)) - 9 * 3_600_000;
  for (let from = 0; from < RESERVATIONS; from += 5_000) {
    await db.insert(reservations).values(
      Array.from({ length: Math.min(5_000, RESERVATIONS - from) }, (_, k) => {
        const i = from + k;
        // Space i mod n, day i div n: no two of a space overlap.
        const day = Math.floor(i / SPACES) - 10;
        const startsAt = new Date(today + day * 86_400_000 + 10 * 3_600_000);
        return {
          spaceId: spaceIds[i % SPACES]!,
          guestId: user.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
          people: 2,
          amount: 20_000,
          status: 'confirmed' as const,
          bookerName: '벤치',
          bookerPhone: '010-0000-0000',
        };
      }),
    );
  }
  await db.insert(communityPosts).values(
    Array.from({ length: COMMUNITY_POSTS }, (_, i) => ({
      authorId: user.id,
      neighbourhoodCode: me!.neighbourhoodCode,
      title: `동네 이야기 ${i}`,
      category: communityCategories[i % communityCategories.length]!,
      content: `벤치 글 ${i}의 내용입니다.`,
    })),
  );
  const post = await createPost(app.db, me!, { title: '같이 먹어요', category: mealCategories[0], targetNumber: 4, content: '같이 시켜요' });
  // VACUUM too: otherwise autovacuum works through the rows just loaded while the reads are timed
  // (the board's loader does the same), and it sets the visibility map index-only scans need.
  await client`vacuum analyze`;

  const date = new Date(Date.now() + 9 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
  const auth = { authorization: `Bearer ${accessToken}` };
  const reads = [
    { name: 'post detail', path: `/api/posts/${post.id}`, route: postRoute.GET, params: { id: String(post.id) }, headers: auth },
    { name: 'games near + 5 km (anonymous)', path: `/api/games?near=${CITY_HALL}&radiusKm=5`, route: gamesRoute.GET, params: {}, headers: {} },
    { name: 'spaces near + date and hours', path: `/api/spaces?near=${CITY_HALL}&radiusKm=5&date=${date}&start=10:00&end=12:00`, route: spacesRoute.GET, params: {}, headers: auth },
    { name: 'spaces text search q=스터디', path: `/api/spaces?q=${encodeURIComponent('스터디')}`, route: spacesRoute.GET, params: {}, headers: auth },
    { name: 'community list', path: '/api/community/posts', route: communityRoute.GET, params: {}, headers: auth },
  ].filter((read) => !ONLY || ONLY.some((word) => read.name.includes(word)));

  // What each read runs, through the real handler on this database, cold (the user not cached).
  const statements = new Map<string, { query: string; params: unknown[] }[]>();
  for (const read of reads) {
    const logged: { query: string; params: unknown[] }[] = [];
    forgetAllUsers();
    setDatabase(withQueryLog(app, (query, params) => logged.push({ query, params })));
    const res = await read.route(new Request(`http://bench${read.path}`, { headers: read.headers }), { params: Promise.resolve(read.params) } as never);
    setDatabase(undefined);
    if (res.status !== 200) throw new Error(`${read.name}: ${res.status} ${await res.text()}`);
    statements.set(read.name, logged);
  }

  // Cold: the games and spaces reads ask a new question on every request (see the header).
  const seoul = dongs.filter((d) => d.code.startsWith('11'));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const anyDate = () => new Date(Date.now() + 9 * 3_600_000 + Math.floor(Math.random() * 14) * 86_400_000).toISOString().slice(0, 10);
  const near = () => {
    const d = pick(seoul);
    return `${d.lat.toFixed(4)},${d.lng.toFixed(4)}`;
  };
  const coldPaths: Record<string, () => string> = {
    'games near + 5 km (anonymous)': () => `/api/games?near=${near()}&radiusKm=5`,
    'spaces near + date and hours': () => `/api/spaces?near=${near()}&radiusKm=5&date=${anyDate()}&start=10:00&end=12:00`,
    'spaces text search q=스터디': () => `/api/spaces?q=${encodeURIComponent(pick(Object.values(typeWords)).slice(0, 2))}`,
  };
  const run = (base: string, path: string, headers: Record<string, string> = {}, cold?: () => string) =>
    autocannon({ url: `${base}${path}`, connections: 50, duration: DURATION, headers, requests: cold ? [{ setupRequest: (req) => ({ ...req, path: cold() }) }] : undefined });
  console.log(`measuring ${3 + reads.length} runs of ${DURATION} s (${GAMES} games, ${SPACES} spaces, ${RESERVATIONS} reservations${COLD ? ', cold' : ''})…`);
  const nextCeiling = await run(viaNext.base, '/api/bench/noop');
  const bareCeiling = await run(bare.base, '/');
  const directCeiling = await run(server.base, '/api/bench/noop');
  const results: autocannon.Result[] = [];
  for (const read of reads) results.push(await run(server.base, read.path, read.headers, COLD ? coldPaths[read.name] : undefined));

  const ratio = (r: autocannon.Result, of: autocannon.Result) => r.requests.average / of.requests.average;
  const row = (name: string, r: autocannon.Result, sql: number | string) => ({
    ...loadRow(name, r, sql),
    '× Next empty': `${ratio(r, nextCeiling).toFixed(2)}×`,
    '% of bare': `${(ratio(r, bareCeiling) * 100).toFixed(0)}%`,
  });
  console.log(
    `\n${table([
      row('GET /api/bench/noop through Next', nextCeiling, 0),
      row('bare Node + postgres.js (one pk read)', bareCeiling, 1),
      row('GET /api/bench/noop direct', directCeiling, 0),
      ...reads.map((read, i) => row(`${read.name}: GET ${read.path.split('?')[0]}`, results[i]!, statements.get(read.name)!.length)),
    ])}`,
  );
  console.log('\nTargets (each read): ≥ 3× Next empty, ≥ 25% of bare, p99 ≤ 100 ms, 0 errors');
  for (const [i, read] of reads.entries()) {
    const r = results[i]!;
    const met = ratio(r, nextCeiling) >= 3 && ratio(r, bareCeiling) >= 0.25 && r.latency.p99 <= 100 && r.errors + r.non2xx === 0;
    console.log(`  ${met ? 'met    ' : 'MISSED '} ${read.name}`);
  }

  for (const read of reads) {
    console.log(`\n== ${read.name}: ${read.path}`);
    for (const { query, params } of statements.get(read.name)!) {
      console.log(`-- ${query.replace(/\s+/g, ' ').slice(0, 160)}…`);
      const plan = await client.unsafe(`explain (analyze, costs off, summary on) ${query}`, params as never[]);
      console.log(plan.map((r) => `   ${r['QUERY PLAN']}`).join('\n'));
    }
  }
} finally {
  await client.end();
  await app.close();
  await bare.stop();
  await server.stop();
  await viaNext.stop();
  await database.drop();
}

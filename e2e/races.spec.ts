import { spawn, type ChildProcess } from 'node:child_process';
import postgres from 'postgres';
import { healthy } from '../scripts/start-cluster';
import { expect, test } from './support/test';
import { uniqueEmail } from './support/shots';

/**
 * The races that once broke, each repeated RACE_RUNS times (default 10) across two app
 * processes on one PostgreSQL (and Redis), asserting the invariants from the database and that
 * no response is 5xx. PostgreSQL pass only: PGlite is one process and runs one transaction at a time.
 */
const baseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ports = [3233, 3234];
const RUNS = Number(process.env.RACE_RUNS ?? 10);

test.skip(!baseUrl, 'needs DATABASE_URL: several processes cannot share an embedded PGlite database');
test.describe.configure({ mode: 'serial' });

let sql: postgres.Sql;
let admin: postgres.Sql;
let dbName: string;
const children: ChildProcess[] = [];
type Person = { id: number; token: string };
let people: Person[] = [];
const statuses: number[] = [];

const base = (i: number) => `http://127.0.0.1:${ports[i % ports.length]}`;

async function api(i: number, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base(i)}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  statuses.push(res.status);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function signUp(i: number): Promise<Person> {
  const email = uniqueEmail('race');
  const body = { email, username: `race${Math.random().toString(36).slice(2, 8)}`, password: 'abcd1234', passwordConfirm: 'abcd1234', neighbourhoodCode: '5011058000' };
  const created = await fetch(`${base(i)}/api/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(created.status).toBe(201);
  const tokens = await fetch(`${base(i)}/api/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'abcd1234' }) });
  const { accessToken, user } = (await tokens.json()) as { accessToken: string; user: { id: number } };
  return { id: user.id, token: accessToken };
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  admin = postgres(baseUrl!, { max: 1, onnotice: () => {} });
  dbName = `dongne_race_${Date.now().toString(36)}`;
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(baseUrl!);
  url.pathname = `/${dbName}`;
  sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  // Race 4: both start at once on an empty database with SEED_DEMO=1.
  for (const port of ports) {
    children.push(
      spawn(process.execPath, ['--enable-source-maps', 'dist/server.js'], {
        env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: url.toString(), REDIS_URL: redisUrl, AUTH_SECRET: 'race-secret-race-secret-race-secret-0123456789', SEED_DEMO: '1' },
        stdio: 'inherit',
      }),
    );
  }
  await Promise.all(ports.map((port) => healthy(`http://127.0.0.1:${port}`)));
  people = [];
  for (let i = 0; i < 20; i++) people.push(await signUp(i));
  await sql`update users set email_verified_at = now() where id in ${sql(people.map((p) => p.id))}`;
});

test.afterAll(async () => {
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once('exit', resolve), c.kill('SIGTERM'))))));
  await sql?.end();
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

test.afterEach(() => {
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  statuses.length = 0;
});

test('two processes starting together on an empty database seed the demo data once', async () => {
  expect(children.every((c) => c.exitCode === null)).toBe(true);
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from users where email = 'minji@dongne.test'`;
  expect(row!.n).toBe(1);
});

test('leaving a full game while others join its waitlist never strands the waitlist', async () => {
  test.setTimeout(300_000);
  const [host, ...rest] = people;
  for (let run = 0; run < RUNS; run++) {
    const startsAt = new Date(Date.now() + 72 * 3_600_000);
    const game = await api(run, host!.token, 'POST', '/api/games', {
      sport: 'futsal', title: `경합 ${run}`, description: '', level: 'any', placeName: '용담 풋살장', address: '제주시 용담로 1', neighbourhoodCode: '5011058000',
      startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), minPlayers: 1, maxPlayers: 5, fee: 0,
    });
    expect(game.status).toBe(201);
    const id = game.body.id as number;
    const seated = rest.slice(0, 5);
    for (const [i, p] of seated.entries()) expect((await api(i, p.token, 'POST', `/api/games/${id}/players`, {})).status).toBe(201);
    const leavers = seated.slice(0, 1 + (run % 3));
    const waiters = rest.slice(5, 17);
    await Promise.all([
      ...leavers.map((p, i) => api(i, p.token, 'DELETE', `/api/games/${id}/players/${p.id}`)),
      ...waiters.map((p, i) => api(i + 1, p.token, 'POST', `/api/games/${id}/players`, { waitlist: true })),
    ]);
    const [row] = await sql<{ joined: number; max: number; waiting: number }[]>`
      select g.joined_count as joined, g.max_players as max,
        (select count(*)::int from game_players p where p.game_id = g.id and p.status = 'waitlisted') as waiting
      from games g where g.id = ${id}`;
    expect(row!.waiting === 0 || row!.joined === row!.max, `run ${run}: ${row!.joined}/${row!.max} seated while ${row!.waiting} wait`).toBe(true);
  }
});

test('bookings of one slot and of overlapping ones: one wins, the rest get 409, never 500', async () => {
  test.setTimeout(300_000);
  const [host, ...guests] = people;
  const space = await api(0, host!.token, 'POST', '/api/spaces', {
    title: '경합 스터디룸', type: 'study_room', description: '조용한 방', address: '제주시 용담로 1', neighbourhoodCode: '5011058000', capacity: 6, pricePerHour: 10_000,
    minHours: 1, openTime: '00:00', closeTime: '24:00', amenities: [], packages: [], cancellationPolicy: 'flexible',
  });
  expect(space.status).toBe(201);
  for (let run = 0; run < RUNS; run++) {
    const day = new Date(Date.now() + (5 + run) * 86_400_000);
    const at = (h: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h - 9)).toISOString();
    const book = (i: number, from: number, to: number) =>
      api(i, guests[i % guests.length]!.token, 'POST', '/api/reservations', { spaceId: space.body.id, startsAt: at(from), endsAt: at(to), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' });
    const results = await Promise.all([...Array.from({ length: 20 }, (_, i) => book(i, 14, 16)), ...Array.from({ length: 20 }, (_, i) => book(i + 20, 15, 17))]);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  }
});

test('a refund through the payments API racing the reservation’s own cancellation: one refund, never 500', async () => {
  test.setTimeout(300_000);
  const [host, guest] = people;
  const space = await api(0, host!.token, 'POST', '/api/spaces', {
    title: '환불 경합 방', type: 'study_room', description: '조용한 방', address: '제주시 용담로 1', neighbourhoodCode: '5011058000', capacity: 6, pricePerHour: 10_000,
    minHours: 1, openTime: '00:00', closeTime: '24:00', amenities: [], packages: [], cancellationPolicy: 'flexible',
  });
  for (let run = 0; run < RUNS; run++) {
    const day = new Date(Date.now() + (20 + run) * 86_400_000);
    const at = (h: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h - 9)).toISOString();
    const booked = await api(run, guest!.token, 'POST', '/api/reservations', { spaceId: space.body.id, startsAt: at(10), endsAt: at(12), people: 2, bookerName: '김이웃', bookerPhone: '010-1234-5678' });
    expect(booked.status).toBe(201);
    const [payment] = await sql<{ id: number; order_id: string; amount: number }[]>`select id, order_id, amount from payments where id = (select payment_id from reservations where id = ${booked.body.id})`;
    const approved = await api(run, guest!.token, 'POST', `/api/payments/${payment!.id}/approve`, { paymentKey: `sandbox_${payment!.order_id}_${payment!.amount}` });
    expect(approved.status).toBe(200);
    const [a, b] = await Promise.all([
      api(run, guest!.token, 'POST', `/api/payments/${payment!.id}/cancel`, { reason: '일정 변경' }),
      api(run + 1, guest!.token, 'POST', `/api/reservations/${booked.body.id}/cancel`, { reason: '일정 변경' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [money] = await sql<{ cancelled: number; amount: number; refunds: number }[]>`
      select p.cancelled_amount as cancelled, p.amount,
        (select count(*)::int from payment_events e where e.payment_id = p.id and e.type in ('cancelled', 'partially_cancelled')) as refunds
      from payments p where p.id = ${payment!.id}`;
    expect(money!.refunds).toBe(1);
    expect(money!.cancelled).toBeLessThanOrEqual(money!.amount);
  }
});

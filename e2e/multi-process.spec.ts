import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from './support/test';
import postgres from 'postgres';
import { healthy } from '../scripts/start-cluster';
import { io as connect, type Socket } from 'socket.io-client';
import { uniqueEmail } from './support/shots';

/**
 * Two app processes on two ports, one PostgreSQL database and one Redis: a message sent
 * through one process reaches a client connected to the other. PGlite is one process by
 * design, so this runs in the PostgreSQL pass of the suite (CI runs both passes).
 */
const baseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ports = [3231, 3232];

test.skip(!baseUrl, 'needs DATABASE_URL: several processes cannot share an embedded PGlite database');

let admin: postgres.Sql;
let dbName: string;
const children: ChildProcess[] = [];
const sockets: Socket[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  admin = postgres(baseUrl!, { max: 1, onnotice: () => {} });
  dbName = `dongne_mp_${Date.now().toString(36)}`;
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(baseUrl!);
  url.pathname = `/${dbName}`;
  // Both start at once: migrations run under an advisory lock, so they don't collide.
  for (const port of ports) {
    children.push(
      spawn(process.execPath, ['--enable-source-maps', 'dist/server.js'], {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          DATABASE_URL: url.toString(),
          REDIS_URL: redisUrl,
          AUTH_SECRET: 'multi-process-secret-multi-process-secret-0123',
          SEED_DEMO: '0',
        },
        stdio: 'inherit',
      }),
    );
  }
  await Promise.all(ports.map((port) => healthy(`http://127.0.0.1:${port}`)));
});

test.afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  await Promise.all(
    children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once('exit', resolve), c.kill('SIGTERM'))))),
  );
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

async function signUp(port: number, neighbourhoodCode = '5011058000') {
  const base = `http://127.0.0.1:${port}`;
  const email = uniqueEmail('mp');
  const body = { email, username: `mp${Math.random().toString(36).slice(2, 8)}`, password: 'abcd1234', passwordConfirm: 'abcd1234', neighbourhoodCode };
  const created = await fetch(`${base}/api/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(created.status).toBe(201);
  const tokens = await (await fetch(`${base}/api/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'abcd1234' }) })).json();
  return tokens as { accessToken: string; user: { id: number } };
}

function socketTo(port: number, token: string) {
  const socket = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], auth: { token }, reconnection: false });
  sockets.push(socket);
  return new Promise<Socket>((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

test('a message sent through one process reaches a client of the other', async () => {
  const [portA, portB] = ports as [number, number];
  const alice = await signUp(portA);
  const bob = await signUp(portB);
  const post = await (
    await fetch(`http://127.0.0.1:${portA}/api/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.accessToken}` },
      body: JSON.stringify({ title: '두 서버 치킨', category: '치킨', targetNumber: 3, content: '같이 시켜요' }),
    })
  ).json();
  const joined = await fetch(`http://127.0.0.1:${portB}/api/chat/rooms/${post.chatRoomId}/members`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bob.accessToken}` },
  });
  expect(joined.status).toBe(201);

  const a = await socketTo(portA, alice.accessToken);
  const b = await socketTo(portB, bob.accessToken);
  expect(await a.emitWithAck('room:join', { roomId: post.chatRoomId })).toMatchObject({ ok: true });
  expect(await b.emitWithAck('room:join', { roomId: post.chatRoomId })).toMatchObject({ ok: true });

  const received = new Promise<{ body: string }>((resolve) => b.on('message:new', resolve));
  expect(await a.emitWithAck('message:send', { roomId: post.chatRoomId, body: '프로세스 A에서 보냄', clientId: 'mp-1' })).toMatchObject({ ok: true });
  expect((await received).body).toBe('프로세스 A에서 보냄');

  // An HTTP mutation on process A (ban) reaches the banned user's socket on process B.
  const banned = new Promise((resolve) => b.on('member:banned', resolve));
  const ban = await fetch(`http://127.0.0.1:${portA}/api/chat/rooms/${post.chatRoomId}/bans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.accessToken}` },
    body: JSON.stringify({ userId: bob.user.id }),
  });
  expect(ban.status).toBe(201);
  expect(await banned).toMatchObject({ roomId: post.chatRoomId, userId: bob.user.id });
});

test('logging out everywhere on one process ends the access token on the other at once', async () => {
  const [portA, portB] = ports as [number, number];
  const carol = await signUp(portA);
  const me = (port: number) => fetch(`http://127.0.0.1:${port}/api/users/me`, { headers: { authorization: `Bearer ${carol.accessToken}` } });
  // Process B now holds carol in its short-lived user cache (lib/auth/user-cache.ts).
  expect((await me(portB)).status).toBe(200);
  const revoked = await fetch(`http://127.0.0.1:${portA}/api/users/me/sessions`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${carol.accessToken}` },
  });
  expect(revoked.status).toBe(204);
  // The adapter carries the change to B; poll briefly rather than sleep for the cache's lifetime.
  await expect.poll(async () => (await me(portB)).status, { timeout: 3000, intervals: [50] }).toBe(401);
});

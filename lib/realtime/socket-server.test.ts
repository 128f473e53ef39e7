import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { revokeAllSessions } from '@/lib/accounts/mutations';
import { bearerFor, cookieFor, createUser } from '@/tests/support/factories';
import type { IoServer } from './io';
import { attachSocketServer } from './socket-server';

let server: Server;
let io: IoServer;
let close: () => Promise<void>;
let url: string;
const clients: Socket[] = [];

beforeEach(async () => {
  server = createServer();
  ({ io, close } = attachSocketServer(server, getDb()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  clients.splice(0).forEach((c) => c.disconnect());
  await close();
});

function open(options: Parameters<typeof connect>[1]) {
  const socket = connect(url, { transports: ['websocket'], reconnection: false, ...options });
  clients.push(socket);
  return new Promise<Socket>((resolve, reject) => {
    socket.on('connect', () => resolve(socket));
    socket.on('connect_error', reject);
  });
}

describe('socket handshake', () => {
  it('accepts an access token in auth and joins the user room', async () => {
    const user = await createUser();
    const token = (await bearerFor(user)).authorization.slice('Bearer '.length);
    const socket = await open({ auth: { token } });
    expect(socket.connected).toBe(true);
    const [server] = await io.in(`user:${user.id}`).fetchSockets();
    expect(server?.data.user.id).toBe(user.id);
  });

  it('tells other processes who the user is and nothing more (fetchSockets carries data and handshake)', async () => {
    const user = await createUser();
    const token = (await bearerFor(user)).authorization.slice('Bearer '.length);
    const { cookie } = await cookieFor(user);
    await open({ auth: { token } });
    await open({ extraHeaders: { cookie, origin: `http://${new URL(url).host}` } });
    const remotes = await io.in(`user:${user.id}`).fetchSockets();
    expect(remotes).toHaveLength(2);
    for (const remote of remotes) {
      expect(remote.data).toEqual({ user: { id: user.id, username: user.username, neighbourhoodCode: user.neighbourhoodCode } });
      expect(remote.handshake.auth).toEqual({});
      expect(remote.handshake.headers.cookie).toBeUndefined();
      // What the Redis adapter would publish for another process.
      const shared = JSON.stringify({ data: remote.data, handshake: remote.handshake });
      for (const secret of [user.passwordHash!, user.email, token, cookie.split('=')[1]!.split(';')[0]!]) expect(shared).not.toContain(secret);
    }
  });

  it('accepts the session cookie from our own origin', async () => {
    const user = await createUser();
    const { cookie } = await cookieFor(user);
    const host = new URL(url).host;
    const socket = await open({ extraHeaders: { cookie, origin: `http://${host}` } });
    expect(socket.connected).toBe(true);
  });

  it('refuses anonymous and bad tokens', async () => {
    await expect(open({})).rejects.toThrow('unauthenticated');
    await expect(open({ auth: { token: 'garbage' } })).rejects.toThrow('unauthenticated');
  });

  it('refuses a handshake from another origin (cross-site websocket hijacking)', async () => {
    const user = await createUser();
    const { cookie } = await cookieFor(user);
    await expect(open({ extraHeaders: { cookie, origin: 'https://evil.example' } })).rejects.toThrow();
  });

  it('disconnects every socket of a user whose sessions are revoked, and refuses the old token', async () => {
    const user = await createUser();
    const token = (await bearerFor(user)).authorization.slice('Bearer '.length);
    const socket = await open({ auth: { token } });
    const closed = new Promise((resolve) => socket.on('disconnect', resolve));
    await revokeAllSessions(getDb(), user.id);
    await closed;
    await expect(open({ auth: { token } })).rejects.toThrow('unauthenticated');
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { getDb } from '../../db/client';
import type { User } from '../../db/schema';
import type { ClientToServerEvents, ServerToClientEvents } from '../../lib/realtime/events';
import { attachSocketServer } from '../../lib/realtime/socket-server';
import { bearerFor } from './factories';
import { hooked } from './hooked';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real Socket.IO server on a random port, with real clients authenticated by access token. */
export async function startSocketServer(options: { redisUrl?: string } = {}) {
  const server: Server = createServer();
  const { io, close } = attachSocketServer(server, getDb(), options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: TestSocket[] = [];
  return {
    io,
    url,
    async client(user: User): Promise<TestSocket> {
      const token = (await bearerFor(user)).authorization.slice('Bearer '.length);
      const socket: TestSocket = connect(url, { transports: ['websocket'], reconnection: false, auth: { token } });
      clients.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async close() {
      clients.forEach((c) => c.disconnect());
      await close();
    },
  };
}

/** The next event of that name, or a rejection after `ms`. */
export function next<E extends keyof ServerToClientEvents>(socket: TestSocket, event: E, ms = 5000) {
  return new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
    socket.once(event as never, ((payload: never) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}

/** Resolves when nothing of that name arrives within `ms`. */
export function silence(socket: TestSocket, event: keyof ServerToClientEvents, ms = 300) {
  return new Promise<void>((resolve, reject) => {
    const fail = () => reject(new Error(`unexpected ${String(event)}`));
    socket.once(event as never, fail as never);
    setTimeout(() => {
      socket.off(event as never, fail as never);
      resolve();
    }, ms);
  });
}

type SocketServer = Awaited<ReturnType<typeof startSocketServer>>;

/**
 * A fresh socket server for each test of the file or describe block it is called in (at its
 * top level), closed with its clients after the test. Connect with `.client(user)`.
 */
export function socketServerPerTest(): Pick<SocketServer, 'io' | 'client'> {
  const current = hooked('each', () => startSocketServer(), (server) => server.close());
  return {
    get io() {
      return current().io;
    },
    client: (user) => current().client(user),
  };
}

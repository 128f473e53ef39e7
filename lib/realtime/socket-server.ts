import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Db } from '@/db/client';
import { resolveActor } from '@/lib/auth/actor';
import { allowedOrigin, requestOrigin } from '@/lib/auth/csrf';
import { deliverRelayed, setOtherProcessesRelay } from '@/lib/events/consumers';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import { registerChatHandlers } from './chat-handlers';
import { registerCommunityHandlers } from './community-handlers';
import { startPresenceHeartbeat, trackPresence } from './presence';
import { registerGameHandlers } from './game-handlers';
import type { IoServer } from './io';
import { setIo, sigunguRoom, userRoom } from './io';
import { signInSocket } from './socket-identity';

/**
 * Socket.IO on the app's HTTP server. The handshake must come from our own origin (cors
 * alone does not stop cross-site websocket hijacking) and carry the session cookie or
 * `auth: { token }` with an access token; every socket joins its user's room.
 * No connection state recovery: clients resync on every connect (rooms re-joined with the last
 * message id they have, the open room's newest page and their lists fetched again), and the
 * recovery would keep every broadcast packet for its window (at 500 messages a second, 60,000
 * packets for two minutes) and stamp each one, for a replay nothing needs.
 */
export function attachSocketServer(httpServer: HttpServer, db: Db, { redisUrl }: { redisUrl?: string } = {}) {
  // Several app processes share events through Redis streams; the adapter blocks on XREAD,
  // so it gets a connection of its own.
  const adapterRedis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: null }) : undefined;
  const io: IoServer = new Server(httpServer, {
    ...(adapterRedis && { adapter: createAdapter(adapterRedis) }),
    path: '/socket.io',
    // Other upgrade handlers (Next's HMR) share this server; engine.io must not destroy their sockets.
    destroyUpgrade: false,
    serveClient: false,
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      // Non-browser clients send no Origin and have no ambient cookie to abuse.
      const headers = new Headers();
      for (const name of ['host', 'x-forwarded-host', 'x-forwarded-proto']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers.set(name, value);
      }
      const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
      callback(null, !origin || allowedOrigin(origin, requestOrigin(headers, scheme)));
    },
  });

  io.use(async (socket, next) => {
    try {
      const headers = new Headers();
      const cookie = socket.handshake.headers.cookie;
      if (cookie) headers.set('cookie', cookie);
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token === 'string' && token) headers.set('authorization', `Bearer ${token}`);
      const actor = await resolveActor(db, headers);
      if (!actor) return next(new Error('unauthenticated'));
      signInSocket(socket, actor.user);
      next();
    } catch {
      next(new Error('unauthenticated'));
    }
  });

  // Process-local consumers (caches) of events another process delivered.
  io.on('events:relayed', deliverRelayed);
  if (adapterRedis) setOtherProcessesRelay((events) => io.serverSideEmit('events:relayed', events));

  io.on('connection', (socket) => {
    void socket.join([userRoom(socket.data.user.id), sigunguRoom(socket.data.user.neighbourhoodCode)]);
    registerChatHandlers(socket, db);
    registerCommunityHandlers(socket, db);
    trackPresence(io, socket, db);
    registerGameHandlers(socket);
  });

  setIo(io);
  const stopHeartbeat = startPresenceHeartbeat(io, db);
  /** Stops accepting, disconnects every socket, closes the HTTP server and the adapter's Redis. */
  const close = async () => {
    stopHeartbeat();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    setIo(undefined);
    if (adapterRedis) setOtherProcessesRelay(undefined);
    adapterRedis?.disconnect();
  };
  return { io, close };
}

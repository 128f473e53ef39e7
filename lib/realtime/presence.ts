import type { Socket } from 'socket.io';
import type { Db } from '@/db/client';
import { runInBackground } from '@/lib/core/background';
import { heartbeatPresence, markOffline, markOnline, PRESENCE_HEARTBEAT_MS } from '@/lib/friends/mutations';
import type { IoServer } from './io';
import { userRoom } from './io';

/**
 * Online/offline from socket connections: the first socket of a user (on any app process)
 * brings them online, the last one to close takes them offline and stamps their last-seen
 * time. `fetchSockets` asks every process through the adapter, so several tabs and several
 * processes count as one person. The socket must already be in its user room.
 * Each process also refreshes a heartbeat for the users connected to it; when a process dies
 * without closing its sockets, the `presence:expire` job takes its users offline.
 */
export function trackPresence(io: IoServer, socket: Socket, db: Db) {
  const userId: number = socket.data.user.id;
  // The disconnect of this socket waits for its connect to be recorded, or it could land first.
  let connected: Promise<void> = Promise.resolve();
  runInBackground('presence online', () => {
    connected = markOnline(db, userId, new Date()).then(() => undefined);
    return connected;
  });
  socket.on('disconnect', (reason) => {
    // This process is stopping: the adapter it would ask is going away, and its users'
    // clients reconnect to another process (or the heartbeat expires).
    if (reason === 'server shutting down') return;
    const at = new Date();
    runInBackground('presence offline', async () => {
      await connected.catch(() => {});
      if ((await io.in(userRoom(userId)).fetchSockets()).length) return;
      await markOffline(db, userId, at);
    });
  });
}

/** Refreshes the heartbeat of every user with a socket on this process; returns the stop function. */
export function startPresenceHeartbeat(io: IoServer, db: Db, everyMs = PRESENCE_HEARTBEAT_MS) {
  const timer = setInterval(() => {
    const userIds = [...new Set([...io.of('/').sockets.values()].map((s) => s.data.user.id as number))];
    runInBackground('presence heartbeat', () => heartbeatPresence(db, userIds, new Date()));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

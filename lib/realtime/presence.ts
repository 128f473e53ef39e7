import type { Socket } from 'socket.io';
import type { Db } from '@/db/client';
import { runInBackground } from '@/lib/core/background';
import { markOffline, markOnline } from '@/lib/friends/mutations';
import { presenceAudience } from '@/lib/friends/queries';
import { emit } from './emit';
import type { IoServer } from './io';
import { userRoom } from './io';

/**
 * Online/offline from socket connections: the first socket of a user (on any app process)
 * brings them online, the last one to close takes them offline and stamps their last-seen
 * time. `fetchSockets` asks every process through the adapter, so several tabs and several
 * processes count as one person. The socket must already be in its user room.
 */
export function trackPresence(io: IoServer, socket: Socket, db: Db) {
  const userId: number = socket.data.user.id;
  // The disconnect of this socket waits for its connect to be recorded, or it could land first.
  let connected: Promise<void> = Promise.resolve();
  runInBackground('presence online', () => {
    connected = (async () => {
      if (await markOnline(db, userId, new Date())) {
        emit.presenceChanged(await presenceAudience(db, userId), { userId, online: true, lastSeenAt: null });
      }
    })();
    return connected;
  });
  socket.on('disconnect', (reason) => {
    // This process is stopping: the adapter it would ask is going away, and its users'
    // clients reconnect to another process (or, alone, the next start clears every mark).
    if (reason === 'server shutting down') return;
    const at = new Date();
    runInBackground('presence offline', async () => {
      await connected.catch(() => {});
      if ((await io.in(userRoom(userId)).fetchSockets()).length) return;
      if (await markOffline(db, userId, at)) {
        emit.presenceChanged(await presenceAudience(db, userId), { userId, online: false, lastSeenAt: at.toISOString() });
      }
    });
  });
}

import type { Server } from 'socket.io';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from './events';
import { processSingleton } from '@/lib/core/process-singleton';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const slot = processSingleton('io', () => ({ installed: undefined as { io: IoServer; clustered: boolean } | undefined }));

/**
 * server.ts installs the Socket.IO server here; route handlers in Next's bundles reach it too.
 * `clustered`: an adapter joins it to other app processes.
 */
export const setIo = (io: IoServer | undefined, { clustered = false } = {}) => {
  slot.installed = io && { io, clustered };
};
export const getIo = () => slot.installed?.io;

/** The other app processes, for server-side events; none without an adapter. */
export const otherServers = () => (slot.installed?.clustered ? slot.installed.io : undefined);

export const userRoom = (userId: number) => `user:${userId}`;
export const chatRoom = (roomId: number) => `room:${roomId}`;
/** The readers of a community post (presence and its ephemeral talk). */
export const communityRoom = (postId: number) => `community:${postId}`;
/** Every socket joins its user's 시군구 room, where board changes (post:updated) are broadcast. */
export const sigunguRoom = (neighbourhoodCode: string) => `sigungu:${neighbourhoodCode.slice(0, 5)}`;

/** Game lists watch the 시군구 of the games they show; a detail page watches its game. */
export const gamesRoom = (sigunguCode: string) => `games:${sigunguCode.slice(0, 5)}`;
export const gameRoom = (gameId: number) => `game:${gameId}`;

/** After a revocation commits: close every socket of that user, on every node. */
export function disconnectUser(userId: number) {
  getIo()?.in(userRoom(userId)).disconnectSockets(true);
}

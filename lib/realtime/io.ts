import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from './events';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const key = Symbol.for('dongne.io');
type GlobalWithIo = typeof globalThis & { [key]?: IoServer };

/** server.ts installs the Socket.IO server here; route handlers reach it through globalThis. */
export const setIo = (io: IoServer | undefined) => {
  (globalThis as GlobalWithIo)[key] = io;
};
export const getIo = () => (globalThis as GlobalWithIo)[key];

export const userRoom = (userId: number) => `user:${userId}`;
export const chatRoom = (roomId: number) => `room:${roomId}`;
/** Every socket joins its user's 시군구 room, where board changes (post:updated) are broadcast. */
export const sigunguRoom = (neighbourhoodCode: string) => `sigungu:${neighbourhoodCode.slice(0, 5)}`;

/** After a revocation commits: close every socket of that user, on every node. */
export function disconnectUser(userId: number) {
  getIo()?.in(userRoom(userId)).disconnectSockets(true);
}

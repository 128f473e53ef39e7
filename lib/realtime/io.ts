import type { Server } from 'socket.io';
import { processSingleton } from '@/lib/core/process-singleton';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from './events';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The Socket.IO server attached by server.ts (or a test), for the event consumers. */
const installed = processSingleton<{ io?: IoServer }>('io', () => ({}));
export const setIo = (io: IoServer | undefined) => {
  installed.io = io;
};
export const getIo = () => installed.io;

export const userRoom = (userId: number) => `user:${userId}`;
export const chatRoom = (roomId: number) => `room:${roomId}`;
/** The readers of a community post (presence and its ephemeral talk). */
export const communityRoom = (postId: number) => `community:${postId}`;
/** Every socket joins its user's 시군구 room, where board changes (post:updated) are broadcast. */
export const sigunguRoom = (neighbourhoodCode: string) => `sigungu:${neighbourhoodCode.slice(0, 5)}`;

/** Game lists watch the 시군구 of the games they show; a detail page watches its game. */
export const gamesRoom = (sigunguCode: string) => `games:${sigunguCode.slice(0, 5)}`;
export const gameRoom = (gameId: number) => `game:${gameId}`;

/** Typed Socket.IO contract; the chat issue adds the room, message and typing events here. */
export type ServerToClientEvents = Record<string, never>;

export type ClientToServerEvents = Record<string, never>;

export type SocketData = { userId: number; username: string };

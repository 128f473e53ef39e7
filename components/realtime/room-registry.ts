import type { Socket } from 'socket.io-client';
import type { ChatMessageView } from '@/lib/chat/schema';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/realtime/events';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type RoomListener = {
  /** The newest message this listener has; the server answers with what came after it. */
  afterId?: () => number | undefined;
  onJoined?: (missed: ChatMessageView[], hasMore: boolean) => void;
  onError?: (error: { error: string; status: number }) => void;
};

const LEAVE_DELAY_MS = 1_000;

/**
 * Which chat rooms this tab listens to, counted per listener: the chat list and an open room
 * can both hold room 5, and leaving one page must not silence the other. Each listener joins
 * for itself (so it gets its own `missed` messages) on subscribe and after every reconnect;
 * the socket leaves the room shortly after its last listener goes, so a page swap
 * (old page unmounts, new one mounts) doesn't leave and re-join.
 */
export class RoomRegistry {
  private readonly listeners = new Map<number, Set<RoomListener>>();
  private readonly leaveTimers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly socket: AppSocket) {}

  subscribe(roomId: number, listener: RoomListener): () => void {
    let set = this.listeners.get(roomId);
    if (!set) this.listeners.set(roomId, (set = new Set()));
    set.add(listener);
    clearTimeout(this.leaveTimers.get(roomId));
    this.leaveTimers.delete(roomId);
    if (this.socket.connected) this.join(roomId, listener);
    return () => {
      set.delete(listener);
      if (set.size > 0) return;
      this.leaveTimers.set(
        roomId,
        setTimeout(() => {
          this.leaveTimers.delete(roomId);
          if (this.listeners.get(roomId)?.size) return;
          this.listeners.delete(roomId);
          if (this.socket.connected) this.socket.emit('room:leave', { roomId }, () => {});
        }, LEAVE_DELAY_MS),
      );
    };
  }

  /** After a (re)connect: the server forgot our rooms unless the connection was recovered. */
  rejoinAll() {
    for (const [roomId, set] of this.listeners) for (const listener of set) this.join(roomId, listener);
  }

  private join(roomId: number, listener: RoomListener) {
    const afterId = listener.afterId?.();
    this.socket
      .timeout(15_000)
      .emitWithAck('room:join', afterId === undefined ? { roomId } : { roomId, afterId })
      .then((result) => {
        if (!this.listeners.get(roomId)?.has(listener)) return;
        if (result.ok) listener.onJoined?.(result.missed, result.hasMore);
        else listener.onError?.({ error: result.error, status: result.status });
      })
      // A timeout while offline: the next connect re-joins.
      .catch(() => {});
  }
}

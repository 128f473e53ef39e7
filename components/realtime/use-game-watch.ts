'use client';
import { useEffect } from 'react';
import type { GameWatch } from '@/lib/realtime/events';
import { useSocketContext, type AppSocket } from './socket-provider';

const LEAVE_DELAY_MS = 1_000;

/**
 * Which game rooms this tab watches, counted per component: twenty cards of one 시군구 share a
 * room, and the socket leaves it shortly after the last one unmounts (a page swap keeps it).
 * Watches are sent again after every reconnect, since the server forgets a dropped socket's rooms.
 */
class GameWatches {
  private readonly counts = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly socket: AppSocket) {
    socket.on('connect', () => {
      if (this.counts.size) socket.emit('games:watch', payloadOf([...this.counts.keys()]), () => {});
    });
  }

  add(key: string) {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const n = this.counts.get(key) ?? 0;
    this.counts.set(key, n + 1);
    if (n === 0 && this.socket.connected) this.socket.emit('games:watch', payloadOf([key]), () => {});
  }

  remove(key: string) {
    const n = (this.counts.get(key) ?? 1) - 1;
    if (n > 0) return void this.counts.set(key, n);
    this.counts.delete(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!this.counts.has(key) && this.socket.connected) this.socket.emit('games:unwatch', payloadOf([key]), () => {});
      }, LEAVE_DELAY_MS),
    );
  }
}

/** Keys are `s:<시군구>` or `g:<gameId>`. */
function payloadOf(keys: string[]): GameWatch {
  return {
    sigungu: keys.filter((k) => k.startsWith('s:')).map((k) => k.slice(2)),
    gameIds: keys.filter((k) => k.startsWith('g:')).map((k) => Number(k.slice(2))),
  };
}

const registries = new WeakMap<AppSocket, GameWatches>();

/** While mounted, this tab gets `game:updated` for games in `sigunguCode` (a list) or for `gameId` (a detail page). */
export function useGameWatch(target: { sigunguCode: string } | { gameId: number }) {
  const { socket } = useSocketContext();
  const key = 'gameId' in target ? `g:${target.gameId}` : `s:${target.sigunguCode.slice(0, 5)}`;
  useEffect(() => {
    if (!socket) return;
    let registry = registries.get(socket);
    if (!registry) registries.set(socket, (registry = new GameWatches(socket)));
    registry.add(key);
    return () => registry.remove(key);
  }, [socket, key]);
}

'use client';
import { useEffect } from 'react';
import { useLatest } from '@/components/ui/use-latest';
import type { RoomListener } from './room-registry';
import { useSocketContext } from './socket-provider';

/**
 * Keeps this tab in the socket room of `roomId` (so its `message:new`, `typing` and member
 * events arrive) while mounted, re-joining after reconnects. Callbacks may change freely.
 */
export function useRoomSubscription(roomId: number | null, listener: RoomListener = {}) {
  const { rooms } = useSocketContext();
  const latest = useLatest(listener);
  useEffect(() => {
    if (!rooms || roomId === null) return;
    return rooms.subscribe(roomId, {
      afterId: () => latest.current.afterId?.(),
      onJoined: (missed, hasMore) => latest.current.onJoined?.(missed, hasMore),
      onError: (error) => latest.current.onError?.(error),
    });
  }, [rooms, roomId, latest]);
}

/** Several rooms at once (the chat list); `listenerFor` gives each room its callbacks. */
export function useRoomSubscriptions(roomIds: number[], listenerFor: (roomId: number) => RoomListener = () => ({})) {
  const { rooms } = useSocketContext();
  const latest = useLatest(listenerFor);
  const key = [...new Set(roomIds)].sort((a, b) => a - b).join(',');
  useEffect(() => {
    if (!rooms || !key) return;
    const offs = key.split(',').map((part) => {
      const roomId = Number(part);
      return rooms.subscribe(roomId, {
        afterId: () => latest.current(roomId).afterId?.(),
        onJoined: (missed, hasMore) => latest.current(roomId).onJoined?.(missed, hasMore),
        onError: (error) => latest.current(roomId).onError?.(error),
      });
    });
    return () => offs.forEach((off) => off());
  }, [rooms, key, latest]);
}

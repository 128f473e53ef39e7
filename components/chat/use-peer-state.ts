'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import type { ChatRoomView } from '@/lib/chat/schema';
import { chatKeys } from './chat-keys';

/**
 * A direct room's live view of the other person: their presence (kept in the cached room) and
 * how far they have read, which the page loaded with `peer.lastReadMessageId` and `room:read`
 * moves on. Returns the highest read id heard live (0 until then).
 */
export function usePeerState(roomId: number, viewerId: number) {
  const queryClient = useQueryClient();
  const [readUpTo, setReadUpTo] = useState(0);
  useSocketEvent('room:read', (e) => {
    if (e.roomId === roomId && e.userId !== viewerId) setReadUpTo((n) => Math.max(n, e.lastReadMessageId));
  });
  useSocketEvent('presence:changed', (e) => {
    queryClient.setQueryData<ChatRoomView>(chatKeys.room(roomId), (old) =>
      old?.peer && old.peer.user.id === e.userId ? { ...old, peer: { ...old.peer, presence: { online: e.online, lastSeenAt: e.lastSeenAt } } } : old,
    );
  });
  // The peer's presence and read marker as they are now, after time offline.
  useResyncOnConnect(chatKeys.room(roomId));
  return readUpTo;
}

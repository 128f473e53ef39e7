'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useSocketContext } from '@/components/realtime/socket-provider';
import type { ChatRoomView } from '@/lib/chat/schema';
import { readEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

/**
 * `markRead(id)` moves my read marker to a message I have seen (socket when connected, HTTP
 * otherwise), at most once per newer id; `alreadyReadId` skips the call for a room with nothing unread.
 */
export function useMarkRead(roomId: number, alreadyReadId: number) {
  const queryClient = useQueryClient();
  const { socket } = useSocketContext();
  const lastRead = useRef(alreadyReadId);

  return useCallback(
    (messageId: number) => {
      if (messageId <= lastRead.current) return;
      lastRead.current = messageId;
      const done = (state: { unreadCount: number }) =>
        queryClient.setQueryData<{ items: ChatRoomView[] }>(chatKeys.rooms, (old) =>
          old && { items: old.items.map((r) => (r.id === roomId ? { ...r, unreadCount: state.unreadCount } : r)) },
        );
      const failed = () => {
        lastRead.current = 0;
      };
      if (socket?.connected) {
        socket.emit('room:read', { roomId, messageId }, (result) => (result.ok ? done(result) : failed()));
      } else {
        callEndpoint(readEndpoint, { params: { id: roomId }, body: { messageId } }).then(done, failed);
      }
    },
    [queryClient, roomId, socket],
  );
}

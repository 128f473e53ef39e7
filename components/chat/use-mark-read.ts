'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useSocketContext } from '@/components/realtime/socket-provider';
import type { ChatRoomView } from '@/lib/chat/schema';
import { readEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

/** A busy room shows a new message every few milliseconds: one marker move a second is enough. */
export const MARK_READ_INTERVAL_MS = 1000;

/**
 * `markRead(id)` moves my read marker to a message I have seen (socket when connected, HTTP
 * otherwise), at most once a second: the newest id seen in between goes when the second is up
 * (or when the room closes), so the last read always lands. `alreadyReadId` skips the call for a
 * room with nothing unread.
 */
export function useMarkRead(roomId: number, alreadyReadId: number) {
  const queryClient = useQueryClient();
  const { socket } = useSocketContext();
  const lastRead = useRef(alreadyReadId);
  const pending = useRef(0);
  const sentAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const moved = useRef(false);

  const send = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const messageId = pending.current;
    if (messageId <= lastRead.current) return;
    pending.current = 0;
    lastRead.current = messageId;
    moved.current = true;
    sentAt.current = Date.now();
    const done = (state: { unreadCount: number }) => {
      queryClient.setQueryData<{ items: ChatRoomView[] }>(chatKeys.rooms, (old) =>
        old && { items: old.items.map((r) => (r.id === roomId ? { ...r, unreadCount: state.unreadCount } : r)) },
      );
      // A list fetch sent before this read reached the server would land afterwards with the old
      // count (leaving the room for the list starts one): fetch it again, after the read.
      if (queryClient.isFetching({ queryKey: chatKeys.rooms })) void queryClient.invalidateQueries({ queryKey: chatKeys.rooms });
    };
    const failed = () => {
      lastRead.current = 0;
    };
    if (socket?.connected) {
      socket.emit('room:read', { roomId, messageId }, (result) => (result.ok ? done(result) : failed()));
    } else {
      callEndpoint(readEndpoint, { params: { id: roomId }, body: { messageId } }).then(done, failed);
    }
  }, [queryClient, roomId, socket]);

  // Leaving the room sends what is still waiting. The chat list's server render, asked for before
  // this unmount, may predate this visit's reads, and a phone whose clock is behind the server's
  // takes it for newer than them: the list is fetched again, after the reads.
  useEffect(
    () => () => {
      send();
      if (moved.current) void queryClient.invalidateQueries({ queryKey: chatKeys.rooms });
    },
    [send, queryClient],
  );

  return useCallback(
    (messageId: number) => {
      if (messageId <= Math.max(lastRead.current, pending.current)) return;
      pending.current = messageId;
      const wait = sentAt.current + MARK_READ_INTERVAL_MS - Date.now();
      if (wait <= 0) send();
      else timer.current ??= setTimeout(send, wait);
    },
    [send],
  );
}

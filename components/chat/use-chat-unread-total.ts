'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { useReconnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { listRoomsEndpoint } from '@/lib/chat/endpoints';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

/**
 * Unread chat messages over all my rooms, for the tab bar and the desktop navigation. It shares
 * the room list's cache (`chatKeys.rooms`), which the chat screens keep live; elsewhere a tab is
 * only in its own `user:` room, so direct messages and reads refresh it at once and group rooms
 * on the next page change, focus or minute.
 */
export function useChatUnreadTotal(enabled: boolean) {
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const rooms = useQuery({
    queryKey: chatKeys.rooms,
    queryFn: ({ signal }) => callEndpoint(listRoomsEndpoint, { signal }),
    enabled,
    staleTime: 10_000,
    refetchInterval: 60_000,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: chatKeys.rooms, exact: true });
  useEffect(() => {
    if (enabled && !pathname.startsWith('/chat')) void queryClient.invalidateQueries({ queryKey: chatKeys.rooms, exact: true });
  }, [enabled, pathname, queryClient]);
  // On the chat pages useLiveRooms/useMarkRead update the cache themselves.
  useSocketEvent('message:new', () => {
    if (!pathname.startsWith('/chat')) refresh();
  });
  useSocketEvent('room:read', () => {
    if (!pathname.startsWith('/chat')) refresh();
  });
  useReconnect(refresh);
  return rooms.data?.items.reduce((sum, r) => sum + r.unreadCount, 0) ?? 0;
}

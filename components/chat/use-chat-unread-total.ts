'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useReconnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { listRoomsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

/**
 * Unread chat messages over all my rooms, for the tab bar and the desktop navigation. It shares
 * the room list's cache (`chatKeys.rooms`), which the chat screens keep live; elsewhere a tab is
 * only in its own `user:` room, which every new message of my rooms also reaches, so the total
 * follows within a second.
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
  // A busy room must not cost a request per message: at most one refetch a second.
  const soon = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refreshSoon = () => {
    soon.current ??= setTimeout(() => {
      soon.current = null;
      refresh();
    }, 1000);
  };
  useEffect(() => () => clearTimeout(soon.current ?? undefined), []);
  // The room list (useLiveRooms) and the open room (useMarkRead) update the cache themselves.
  useSocketEvent('message:new', (message) => {
    if (pathname !== '/chat' && pathname !== `/chat/${message.roomId}`) refreshSoon();
  });
  useSocketEvent('room:read', () => {
    if (!pathname.startsWith('/chat')) refresh();
  });
  useReconnect(refresh);
  return rooms.data?.items.reduce((sum, r) => sum + r.unreadCount, 0) ?? 0;
}

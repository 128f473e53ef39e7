'use client';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { listRoomsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { chatKeys } from './chat-keys';

/**
 * Unread chat messages over all my rooms, for the tab bar and the desktop navigation. It shares
 * the room list's cache (`chatKeys.rooms`), which the chat screens keep live; elsewhere a tab is
 * only in its own `user:` room, which every new message of my rooms also reaches, so the total
 * follows within a second.
 */
const noSubscription = () => () => {};

export function useChatUnreadTotal(enabled: boolean) {
  const queryClient = useQueryClient();
  const pathname = usePathname();
  // The header renders before the page, so holding the query from the first render would create
  // it empty before the chat page's HydrationBoundary brings the rooms; the boundary then defers
  // them to an effect, the list renders as loading and fetches again. So the query is held only
  // once hydrated (useQueries with no query until then; the badge starts at 0 on both sides).
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const roomsQuery = { queryKey: chatKeys.rooms, queryFn: ({ signal }: { signal: AbortSignal }) => callEndpoint(listRoomsEndpoint, { signal }), enabled, staleTime: 10_000, refetchInterval: 60_000 };
  const [rooms] = useQueries({ queries: hydrated ? [roomsQuery] : [] as (typeof roomsQuery)[] });
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
  useResyncOnConnect(chatKeys.rooms);
  return rooms?.data?.items.reduce((sum, r) => sum + r.unreadCount, 0) ?? 0;
}

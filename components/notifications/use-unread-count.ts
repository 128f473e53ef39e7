'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { listNotificationsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

export const notificationsKey = ['notifications'] as const;
const unreadKey = [...notificationsKey, 'unread-count'] as const;
export const notificationListKey = [...notificationsKey, 'list'] as const;

/**
 * The unread count behind the bell: fetched once, then kept live by `notification:new`
 * (count up, and every notifications list refetches) and `notification:read` from other tabs.
 */
export function useUnreadCount() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: unreadKey,
    queryFn: ({ signal }) => callEndpoint(listNotificationsEndpoint, { query: { unread: true, size: 1 }, signal }).then((r) => r.unreadCount),
    staleTime: 60_000,
  });
  useSocketEvent('notification:new', () => {
    queryClient.setQueryData<number>(unreadKey, (n) => (n ?? 0) + 1);
    void queryClient.invalidateQueries({ queryKey: notificationListKey });
  });
  useSocketEvent('notification:read', ({ unreadCount }) => queryClient.setQueryData(unreadKey, unreadCount));
  useResyncOnConnect(notificationsKey);
  return query.data ?? 0;
}

export const setUnreadCount = (queryClient: ReturnType<typeof useQueryClient>, count: number) => queryClient.setQueryData(unreadKey, count);

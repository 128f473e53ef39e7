'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import { useRoomSubscription } from '@/components/realtime/use-room-subscription';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { getOrderEndpoint } from '@/lib/http/routes';
import type { OrderView } from '@/lib/orders/schema';

export const orderKey = (postId: number) => ['orders', postId] as const;

/** A pushed sheet has no `myShare` (it goes to everyone): the viewer finds themselves in `members`. */
export function asSeenBy(order: OrderView, viewerId: number): OrderView {
  const mine = order.members.find((m) => m.user.id === viewerId);
  return { ...order, myShare: mine && (mine.items.length > 0 || mine.isOrganizer) ? mine.share : null };
}

/**
 * The post's order sheet (null when none is attached), kept live: `order:updated` arrives in the
 * post's chat room, which this tab joins while mounted; after a reconnect it is fetched again.
 */
export function useLiveOrder(postId: number, chatRoomId: number, viewerId: number, { subscribe = true } = {}) {
  const queryClient = useQueryClient();
  // Joined (or joined again) the room: anything pushed before that is fetched.
  useRoomSubscription(subscribe ? chatRoomId : null, { onJoined: () => void queryClient.invalidateQueries({ queryKey: orderKey(postId) }) });
  const query = useQuery({
    queryKey: orderKey(postId),
    queryFn: async ({ signal }) => {
      try {
        return await callEndpoint(getOrderEndpoint, { params: { id: postId }, signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    // Pushes keep it fresh while shown; coming back (from the checkout, say) fetches it again.
    staleTime: 0,
    refetchOnMount: 'always',
  });
  useSocketEvent('order:updated', (e) => {
    if (e.postId === postId) queryClient.setQueryData(orderKey(postId), asSeenBy(e.order, viewerId));
  });
  useResyncOnConnect(orderKey(postId));
  return query;
}

/** After a call that answers with the sheet: show it at once (the push follows). */
export function useSetOrder(postId: number) {
  const queryClient = useQueryClient();
  return (order: OrderView) => queryClient.setQueryData(orderKey(postId), order);
}

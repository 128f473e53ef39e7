'use client';
import { hashKey, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useLatest } from '@/components/ui/use-latest';
import type { ServerToClientEvents } from '@/lib/realtime/events';
import { useSocketContext, useSocketStatus } from './socket-provider';

type EventName = keyof ServerToClientEvents;
type Payload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/** Calls the latest `handler` for every `event` on the shared socket while mounted. */
export function useSocketEvent<E extends EventName>(event: E, handler: (payload: Payload<E>) => void) {
  const { socket } = useSocketContext();
  const latest = useLatest(handler);
  useEffect(() => {
    if (!socket) return;
    const listener = (payload: Payload<E>) => latest.current(payload);
    // socket.io's typed `on` can't follow a generic event name; the map above is the contract.
    const untyped = socket as unknown as { on(e: string, l: (p: unknown) => void): void; off(e: string, l: (p: unknown) => void): void };
    untyped.on(event, listener as (p: unknown) => void);
    return () => untyped.off(event, listener as (p: unknown) => void);
  }, [socket, event, latest]);
}

/**
 * Runs `handler` on every connect this component sees, e.g. to refetch what may have been missed:
 * a reconnect, and the page load's first connection, which is dialled once the page is idle, after
 * its data was fetched. A component that mounts while the socket is already up sees no connect.
 */
export function useReconnect(handler: () => void) {
  const { socket } = useSocketContext();
  const latest = useLatest(handler);
  useEffect(() => {
    if (!socket) return;
    const onConnect = () => latest.current();
    socket.on('connect', onConnect);
    return () => {
      socket.off('connect', onConnect);
    };
  }, [socket, latest]);
}

/**
 * Keys to refetch after the connect now being handled, folded so that each is fetched once: the
 * header, the tab bar and the open list all resync the room list on the same connect, and each
 * invalidation would otherwise cancel the fetch the one before it started. A key under another
 * (['notifications', 'unread-count'] under ['notifications']) is covered by it.
 */
const resyncs = new Map<QueryClient, QueryKey[]>();

export function resyncOnConnect(queryClient: QueryClient, queryKey: QueryKey) {
  const pending = resyncs.get(queryClient);
  if (pending) return void pending.push(queryKey);
  resyncs.set(queryClient, [queryKey]);
  // Every connect listener runs in the socket's one 'connect' dispatch, before this microtask.
  queueMicrotask(() => {
    const keys = resyncs.get(queryClient) ?? [];
    resyncs.delete(queryClient);
    const covers = (outer: QueryKey, inner: QueryKey) => outer.length <= inner.length && outer.every((part, i) => hashKey([part]) === hashKey([inner[i]]));
    const unique = new Map(keys.map((k) => [hashKey(k), k]));
    for (const key of unique.values()) {
      if (![...unique.values()].some((other) => other !== key && covers(other, key))) void queryClient.invalidateQueries({ queryKey: key });
    }
  });
}

/** Refetches `queryKey` on every connect (what may have been missed), once per key per connect. */
export function useResyncOnConnect(queryKey: QueryKey) {
  const queryClient = useQueryClient();
  useReconnect(() => resyncOnConnect(queryClient, queryKey));
}

/** One server render per reconnect, however many components on the page ask for it. */
let refreshQueued = false;
function refreshOnce(refresh: () => void) {
  if (refreshQueued) return;
  refreshQueued = true;
  queueMicrotask(() => {
    refreshQueued = false;
    refresh();
  });
}

/**
 * Renders the server page again after a reconnect, for screens whose live parts start from the
 * server's props (a game's seats): what changed while offline is not replayed. The page's first
 * connect does not count (its data was just rendered), unless it mounted while reconnecting.
 */
export function useRefreshOnReconnect() {
  const router = useRouter();
  const { socket } = useSocketContext();
  const status = useSocketStatus();
  const connectedBefore = useRef(status === 'reconnecting');
  useEffect(() => {
    if (socket?.connected) connectedBefore.current = true;
  }, [socket]);
  useReconnect(() => {
    if (connectedBefore.current) refreshOnce(() => router.refresh());
    connectedBefore.current = true;
  });
}

'use client';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@/lib/realtime/events';
import { RoomRegistry } from './room-registry';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SocketStatus = 'connecting' | 'connected' | 'reconnecting' | 'unauthorized';
export type Viewer = { id: number; username: string };

type SocketContextValue = { socket: AppSocket | null; rooms: RoomRegistry | null; viewer: Viewer | null };

const SocketContext = createContext<SocketContextValue>({ socket: null, rooms: null, viewer: null });
// Apart from the socket, so a connect or disconnect re-renders the few screens that show it, not
// every component that listens to an event.
const StatusContext = createContext<SocketStatus>('connecting');

type Live = { socket: AppSocket; rooms: RoomRegistry } | null;

/** Runs `start` once the browser is idle after the page's first paint and hydration; returns a cancel. */
function whenIdle(start: () => void) {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(start, { timeout: 3_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(start, 200);
  return () => clearTimeout(handle);
}

/**
 * One Socket.IO connection per tab for a signed-in viewer (none for visitors). The layout keys
 * this provider by user id, so signing in as someone else starts a fresh connection.
 * The client library is loaded and dialled only once the page is idle: it is not needed to
 * show the page, and its parse and handshake were a third of a phone's blocking time on every
 * signed-in page (pages fetch their data over HTTP and resync on connect). Socket.IO
 * reconnects by itself with backoff; the room registry re-joins rooms on every connect.
 */
export function SocketProvider({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  const [live, setLive] = useState<Live>(null);
  const signedIn = viewer !== null;
  useEffect(() => {
    if (!signedIn) return;
    let cancelled = false;
    const cancelIdle = whenIdle(() => {
      void import('socket.io-client').then(({ io }) => {
        if (cancelled) return;
        const socket: AppSocket = io({ path: '/socket.io', transports: ['websocket'], autoConnect: false });
        setLive({ socket, rooms: new RoomRegistry(socket) });
      });
    });
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [signedIn]);
  const [status, setStatus] = useState<SocketStatus>('connecting');

  useEffect(() => {
    if (!live) return;
    const { socket, rooms } = live;
    const onConnect = () => {
      setStatus('connected');
      rooms.rejoinAll();
    };
    let retry: ReturnType<typeof setTimeout> | undefined;
    const onDisconnect = (reason: string) => {
      setStatus('reconnecting');
      // The server hung up on purpose (a restart, or this session was revoked). Socket.IO won't
      // retry that by itself; one fresh handshake tells the two apart (connect_error below).
      if (reason === 'io server disconnect') retry = setTimeout(() => socket.connect(), 1_000 + Math.random() * 2_000);
    };
    const onConnectError = (error: Error) => {
      // The handshake was refused (signed out or session revoked): retrying cannot help.
      if (!socket.active || error.message === 'unauthenticated') setStatus('unauthorized');
      else setStatus('reconnecting');
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.connect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      clearTimeout(retry);
      socket.disconnect();
    };
  }, [live]);

  const value = useMemo(() => ({ socket: live?.socket ?? null, rooms: live?.rooms ?? null, viewer }), [live, viewer]);
  return (
    <SocketContext.Provider value={value}>
      <StatusContext.Provider value={status}>{children}</StatusContext.Provider>
    </SocketContext.Provider>
  );
}

export const useSocketContext = () => useContext(SocketContext);

/** Whether the tab's socket is connected, connecting again or refused. */
export const useSocketStatus = () => useContext(StatusContext);

/** The signed-in user as the layout saw them (null for visitors). */
export const useViewer = () => useContext(SocketContext).viewer;

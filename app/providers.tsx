'use client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { SocketProvider, type Viewer } from '@/components/realtime/socket-provider';

/** Keyed by user (below): signing in as someone else starts with an empty cache and a new socket. */
function SessionScope({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <SocketProvider viewer={viewer}>{children}</SocketProvider>
    </QueryClientProvider>
  );
}

export function Providers({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  return (
    <SessionScope key={viewer?.id ?? 'visitor'} viewer={viewer}>
      {children}
    </SessionScope>
  );
}

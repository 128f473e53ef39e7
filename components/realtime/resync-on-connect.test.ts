import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { resyncOnConnect } from './use-socket-event';

/** A query with an observer (as a mounted component holds it) that counts its fetches. */
function watched(client: QueryClient, queryKey: QueryKey, fetches: Map<string, number>) {
  const observer = new QueryObserver(client, {
    queryKey,
    queryFn: async () => {
      fetches.set(JSON.stringify(queryKey), (fetches.get(JSON.stringify(queryKey)) ?? 0) + 1);
      return fetches.get(JSON.stringify(queryKey));
    },
    staleTime: Infinity,
  });
  return observer.subscribe(() => {});
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('resyncOnConnect', () => {
  it('fetches each key once per connect however many listeners ask, and a key under another once', async () => {
    const client = new QueryClient();
    const fetches = new Map<string, number>();
    const stops = [watched(client, ['chat', 'rooms'], fetches), watched(client, ['notifications', 'unread-count'], fetches), watched(client, ['notifications', 'list'], fetches)];
    await settle();
    fetches.clear();

    // One connect: the header, the tab bar and the room list, and two notification hooks.
    resyncOnConnect(client, ['chat', 'rooms']);
    resyncOnConnect(client, ['chat', 'rooms']);
    resyncOnConnect(client, ['chat', 'rooms']);
    resyncOnConnect(client, ['notifications', 'unread-count']);
    resyncOnConnect(client, ['notifications']);
    await settle();
    expect(Object.fromEntries(fetches)).toEqual({ '["chat","rooms"]': 1, '["notifications","unread-count"]': 1, '["notifications","list"]': 1 });

    // The next connect resyncs again.
    resyncOnConnect(client, ['chat', 'rooms']);
    await settle();
    expect(fetches.get('["chat","rooms"]')).toBe(2);
    stops.forEach((stop) => stop());
  });
});

import { LRUCache } from 'lru-cache';
import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { findActiveUser } from '@/lib/accounts/queries';
import { otherServers } from '@/lib/realtime/io';
import { processSingleton } from '@/lib/core/process-singleton';

/**
 * The user behind a request, kept for five seconds: looking it up was a third of a busy list
 * request's cost. Every change to a user row (lib/accounts/mutations.ts) forgets it here at once
 * and, through the Socket.IO adapter, in every other app process, so a revocation or a profile
 * change is seen on the next request; the short lifetime only bounds a lost message.
 * One per process: server.ts (socket handshakes) and Next's route bundles share it.
 */
const TTL_MS = 5000;

const cache = processSingleton('user-cache', () => new LRUCache<number, User>({ max: 10_000, ttl: TTL_MS }));

export async function activeUserForRequest(db: Db, id: number): Promise<User | undefined> {
  const known = cache.get(id);
  if (known) return known;
  const user = await findActiveUser(db, id);
  if (user) cache.set(id, user);
  return user;
}

/** Call after the change to the user's row has committed. */
export function forgetUser(id: number) {
  cache.delete(id);
  otherServers()?.serverSideEmit('user:changed', id);
}

/** What another process announced through `forgetUser`. */
export const forgetUserLocally = (id: number) => cache.delete(id);

/** Tests: ids start again after every truncation. */
export const forgetAllUsers = () => cache.clear();

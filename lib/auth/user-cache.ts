import { boundedCache } from '@/lib/core/bounded-cache';
import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { findActiveUser } from '@/lib/accounts/queries';
import { processSingleton } from '@/lib/core/process-singleton';

/**
 * The user behind a request, kept for five seconds: looking it up was a third of a busy list
 * request's cost. Every change to a user row records `user:changed` (or `user:revoked`), whose
 * consumer forgets it in every app process before the writing request answers, so a revocation
 * or a profile change is seen on the next request; the short lifetime only bounds a lost relay.
 */
const TTL_MS = 5000;

const cache = processSingleton('user-cache', () => boundedCache<number, User>({ entries: 10_000, ttl: TTL_MS }));

export async function activeUserForRequest(db: Db, id: number): Promise<User | undefined> {
  const known = cache.get(id);
  if (known) return known;
  const user = await findActiveUser(db, id);
  if (user) cache.set(id, user);
  return user;
}

/** The `user:changed` consumer, in every process. */
export const forgetUserLocally = (id: number) => cache.delete(id);

/** Tests: ids start again after every truncation. */
export const forgetAllUsers = () => cache.clear();

import { boundedCache } from './bounded-cache';
import { processSingleton } from './process-singleton';

/**
 * Read-your-writes for process-local caches that may serve a page a little behind the database.
 * One logical clock per process orders "a load started", "a change arrived" and "this user's
 * write finished"; a cache whose entry started loading after a user's last write may serve it
 * to that user. Marks are kept a minute, longer than any such cache serves a page (the board:
 * 10 s), so a forgotten mark can no longer matter.
 */
const MEMORY_MS = 60_000;

const state = processSingleton('own-writes', () => ({
  tick: 0,
  lastWrite: boundedCache<number, number>({ entries: 50_000, ttl: MEMORY_MS }),
}));

/** The next instant of this process's logical clock (strictly increasing). */
export const nextTick = () => ++state.tick;

/** After a request of `userId` wrote and its events were delivered here. */
export function noteOwnWrite(userId: number) {
  state.lastWrite.set(userId, nextTick());
}

/** The instant of the user's last write in this process (0: none remembered). */
export const lastOwnWrite = (userId: number) => state.lastWrite.get(userId) ?? 0;

import type { Db } from '@/db/client';
import { outboxEvents } from '@/db/schema';
import { processSingleton } from '@/lib/core/process-singleton';
import type { Audience } from './audience';

/** What happened, as it will reach consumers; `type` is the socket event name when it has an audience. */
export type DomainEvent = { type: string; payload: unknown; audience?: Audience };

/**
 * Writes events into the outbox in the caller's transaction: they exist exactly when the change
 * does, and the dispatcher delivers them after commit, even after a crash. Pass the transaction
 * of the change, never the bare client.
 */
export async function recordEvents(tx: Db, events: DomainEvent[]) {
  if (!events.length) return;
  written.count += events.length;
  await tx.insert(outboxEvents).values(events.map((e) => ({ type: e.type, payload: e.payload ?? {}, audience: e.audience ?? {} })));
}

export const recordEvent = (tx: Db, event: DomainEvent) => recordEvents(tx, [event]);

/**
 * Events this process has written (committed or not): a request that wrote none has nothing to
 * wait for (`flushEventsSince`), so most reads and many writes skip the dispatcher entirely.
 */
const written = processSingleton('events-written', () => ({ count: 0 }));
export const eventsWritten = () => written.count;

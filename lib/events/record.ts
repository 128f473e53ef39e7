import { AsyncLocalStorage } from 'node:async_hooks';
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
  const counter = requestEvents.getStore();
  if (counter) counter.count += events.length;
  await tx.insert(outboxEvents).values(events.map((e) => ({ type: e.type, payload: e.payload ?? {}, audience: e.audience ?? {} })));
}

export const recordEvent = (tx: Db, event: DomainEvent) => recordEvents(tx, [event]);

/**
 * The events the current request recorded (committed or not), its own and not those of requests
 * running beside it: a request that recorded none has nothing to wait for, so a read never waits
 * for the delivery of a write that happened to run at the same time.
 */
const requestEvents = processSingleton('request-events', () => new AsyncLocalStorage<{ count: number }>());

/** Runs a request's work with `counter.count` counting the events it records. */
export const countingEvents = <T>(counter: { count: number }, work: () => T): T => requestEvents.run(counter, work);

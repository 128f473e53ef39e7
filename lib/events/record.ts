import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type SQL } from 'drizzle-orm';
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
  countRecorded(events.length);
  await tx.insert(outboxEvents).values(events.map((e) => ({ type: e.type, payload: e.payload ?? {}, audience: e.audience ?? {} })));
}

export const recordEvent = (tx: Db, event: DomainEvent) => recordEvents(tx, [event]);

/**
 * The events the current request recorded (committed or not), its own and not those of requests
 * running beside it: a request that recorded none has nothing to wait for, so a read never waits
 * for the delivery of a write that happened to run at the same time.
 */
const requestEvents = processSingleton('request-events', () => new AsyncLocalStorage<{ count: number }>());

/**
 * An event written by the statement that makes the change, as one of its CTEs (one event per row
 * of CTE `source`): for a change that is a single statement and so needs no transaction. The event
 * is the one its builder makes in JavaScript, passed as the placeholders of `eventValues`, with
 * what only the statement knows merged in: `patch.payload` and `patch.audience` are jsonb objects
 * that may read `source` (the id a new row got). Built once for a prepared statement, so each run
 * counts its events with `countRecorded`.
 * The statement also tells the outbox's trigger how its dispatcher is woken (`event_wake`, see
 * `wakeMode`), for the rest of its transaction.
 */
export function recordEventSql(source: string, patch: { payload?: SQL; audience?: SQL } = {}): SQL {
  const merged = (name: string, extra?: SQL) => (extra ? sql`${sql.placeholder(name)}::jsonb || ${extra}` : sql`${sql.placeholder(name)}::jsonb`);
  return sql`insert into ${outboxEvents} (type, payload, audience)
    select ${sql.placeholder('event_type')}::text, ${merged('event_payload', patch.payload)}, ${merged('event_audience', patch.audience)}
    from ${sql.identifier(source)} where set_config('dongne.outbox_wake', ${sql.placeholder('event_wake')}::text, true) is not null
    returning payload`;
}

/**
 * How a statement's events wake a dispatcher. Inside a request that counts its events (the HTTP
 * wrapper, the socket handlers' acks), the request wakes this process's dispatcher itself once
 * the statement has committed ('here'), and the outbox's trigger sends no NOTIFY (migration
 * 0036): PostgreSQL serializes every notifying transaction's commit, WAL flush included, through
 * one lock for the whole database, so chat's sends committed one at a time. Anywhere else (a job,
 * the seed) the trigger notifies as before ('notify').
 */
const wakeMode = () => (requestEvents.getStore() ? 'here' : 'notify');

/** The placeholders of `recordEventSql` for this event. */
export const eventValues = (event: DomainEvent) => ({
  event_type: event.type,
  event_payload: JSON.stringify(event.payload ?? {}),
  event_audience: JSON.stringify(event.audience ?? {}),
  event_wake: wakeMode(),
});

/** Events a statement recorded with `recordEventSql`: the request waits for their delivery as for recordEvents'. */
export function countRecorded(n: number) {
  const counter = requestEvents.getStore();
  if (counter) counter.count += n;
}

/** Runs a request's work with `counter.count` counting the events it records. */
export const countingEvents = <T>(counter: { count: number }, work: () => T): T => requestEvents.run(counter, work);

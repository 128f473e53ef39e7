import { and, isNotNull, lt, sql } from 'drizzle-orm';
import type { Database, Db } from '@/db/client';
import { outboxEvents } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import { startNotifiedLoop, type NotifiedLoop } from '@/lib/core/notified-loop';
import { processSingleton } from '@/lib/core/process-singleton';
import { commitWithoutFlush } from '@/lib/core/transact';
import type { Audience } from './audience';
import { deliver, type DeliveredEvent } from './consumers';

const BATCH = 500;
const POLL_MS = 1000;
const COALESCE_MS = 3;
// One dispatcher at a time across processes keeps events in commit order for every client.
export const DISPATCH_LOCK_ID = 727_002;
// How many times a run waits for another process's batch before leaving the rest to a timer.
const LOCK_WAITS = 3;

export type DispatcherOptions = {
  pollMs?: number;
  /** Tests: runs after events are claimed and before any consumer sees them (a crash there). */
  faultBeforeDelivery?: (events: DeliveredEvent[]) => void;
};

/**
 * Claims the oldest undelivered events, runs their consumers and marks them delivered, all in
 * one transaction: a process that dies midway rolls back and the events are delivered again
 * (consumers are idempotent and clients de-duplicate by id). Returns how many were delivered,
 * or null when another process holds the dispatch lock.
 * The lock, the claim and the mark are one statement (three round trips with BEGIN and COMMIT):
 * at chat rates the dispatcher's statements are a large part of each message's cost. Its commit
 * does not wait for the WAL flush: losing the "delivered" mark in a database crash only means
 * delivering again, which consumers and clients already absorb.
 */
export async function dispatchBatch(db: Db, options: DispatcherOptions = {}): Promise<number | null> {
  return db.transaction(async (tx) => {
    const rows = rowsOf<ClaimRow>(
      await tx.execute(sql`
        with lock as (
          select pg_try_advisory_xact_lock(${DISPATCH_LOCK_ID}) as ok,
            ${commitWithoutFlush} as async_commit
        ),
        claimed as (
          update ${outboxEvents} set delivered_at = now()
          where id in (
            select id from ${outboxEvents}
            where delivered_at is null and (select ok from lock)
            order by id limit ${BATCH}
            for update skip locked
          )
          returning id, type, payload, audience
        )
        select (select ok from lock) as locked, c.id::text as id, c.type, c.payload, c.audience
        from (select 1) as one left join claimed c on true
        order by c.id`),
    );
    if (!rows[0]?.locked) return null;
    const events = rows
      .filter((r) => r.id !== null)
      .map((r) => ({ id: Number(r.id), type: r.type!, payload: parseJson(r.payload), audience: parseJson(r.audience) as Audience }));
    if (!events.length) return 0;
    options.faultBeforeDelivery?.(events);
    await deliver(events, tx);
    return events.length;
  });
}

/**
 * Returns once the dispatch lock's holder has committed. The statement runs in a transaction of
 * its own, so the lock it takes is given back when it returns and can never stay with a pooled
 * connection.
 */
async function awaitOtherDispatcher(db: Db) {
  await db.execute(sql`select pg_advisory_xact_lock(${DISPATCH_LOCK_ID})`);
}

type ClaimRow = { locked: boolean; id: string | null; type: string | null; payload: unknown; audience: unknown };

// Either driver may leave jsonb as text.
const parseJson = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

const active = processSingleton<{ dispatcher?: NotifiedLoop }>('event-dispatcher', () => ({}));

/**
 * The dispatcher of this process: woken by NOTIFY outbox_events (sent by the insert trigger at
 * commit, except for the statements whose request wakes it itself: record.ts, wakeMode), by
 * `flushEvents` and by a poll, the safety net for a missed notification or a crashed process's
 * events. Every process runs one; the advisory lock lets one deliver at a time.
 */
export function startDispatcher(database: Database, options: DispatcherOptions = {}): NotifiedLoop {
  let retry: NodeJS.Timeout | undefined;
  let lastBatchEnd = -Infinity;
  const dispatcher = startNotifiedLoop(database, {
    channel: 'outbox_events',
    pollMs: options.pollMs ?? POLL_MS,
    failure: 'event dispatch failed',
    async run(kick) {
      // In a stream of commits (the last batch ended moments ago), wait a moment so one batch takes
      // several events: each batch is three round trips whatever its size. A lone event goes at once.
      if (performance.now() - lastBatchEnd < COALESCE_MS) await new Promise((resolve) => setTimeout(resolve, COALESCE_MS));
      for (let waits = 0; ; ) {
        const delivered = await dispatchBatch(database.db, options);
        lastBatchEnd = performance.now();
        if (delivered === null) {
          // Another process is delivering, perhaps a batch it claimed before our events committed.
          // Look again as soon as it commits; after a few turns (it keeps winning the lock, so it
          // is delivering ours too), on a timer.
          if (waits++ < LOCK_WAITS) {
            await awaitOtherDispatcher(database.db);
            continue;
          }
          retry ??= setTimeout(() => ((retry = undefined), void kick()), 25);
          return;
        }
        if (delivered < BATCH) return;
      }
    },
    onStop() {
      clearTimeout(retry);
      if (active.dispatcher === dispatcher) active.dispatcher = undefined;
    },
  });
  active.dispatcher = dispatcher;
  return dispatcher;
}

/**
 * Delivers what has committed so far before going on: a write request answers after its live
 * events went out, so the writer reads their own write from every process-local cache.
 */
export const flushEvents = () => active.dispatcher?.kick() ?? Promise.resolve();

const RETENTION_MS = 3_600_000;

/** Job: delivered events are kept an hour for debugging, then deleted. */
export async function purgeDeliveredEvents(db: Db, now: Date) {
  const deleted = await db
    .delete(outboxEvents)
    .where(and(isNotNull(outboxEvents.deliveredAt), lt(outboxEvents.deliveredAt, new Date(now.getTime() - RETENTION_MS))))
    .returning({ id: outboxEvents.id });
  return deleted.length;
}

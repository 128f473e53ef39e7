import { inArray, lte, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '@/db/client';
import { startNotifiedLoop, type NotifiedLoop } from './notified-loop';

/**
 * What the push sender and the webhook sender share: an outgoing-request queue table written by
 * an event consumer, claimed by a worker in every process, sent outside any transaction, retried
 * with backoff. A queue table has an `id`, an `attempts` counter and a `nextAttemptAt` that is
 * both the backoff and the claim's lease (null: nothing more to send).
 */
type QueueTable = PgTable & { id: PgColumn; attempts: PgColumn; nextAttemptAt: PgColumn };

/**
 * Claims up to `batch` due rows, safe on several processes at once: FOR UPDATE SKIP LOCKED and the
 * lease pushed ahead (attempts + 1) in one short statement; the requests go out after it commits.
 * A process that dies mid-send leaves its claim to expire, and the next worker sends again.
 */
export async function claimDue<T extends QueueTable>(db: Db, table: T, { now, leaseMs, batch }: { now: Date; leaseMs: number; batch: number }): Promise<T['$inferSelect'][]> {
  const due = db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(lte(table.nextAttemptAt, now))
    .orderBy(table.id)
    .limit(batch)
    .for('update', { skipLocked: true });
  return (await db
    .update(table)
    .set({ nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: sql`${table.attempts} + 1` } as never)
    .where(inArray(table.id, due))
    .returning()) as T['$inferSelect'][];
}

/** base, 2 × base, 4 × base, … capped; a receiver's Retry-After wins when longer. */
export const backoffMs = (attempts: number, { baseMs, capMs, retryAfterSeconds = 0 }: { baseMs: number; capMs: number; retryAfterSeconds?: number }) =>
  Math.max(Math.min(baseMs * 2 ** (attempts - 1), capMs), retryAfterSeconds * 1000);

/** A Retry-After header in seconds, when it is one. */
export const retryAfterSeconds = (headers: Headers) => {
  const value = Number(headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/**
 * This process's sender for one queue: woken by NOTIFY on `channel` (the table's insert trigger, at
 * commit), and by a poll for retries that come due; drains batch after batch while they come full.
 */
export function startQueueWorker(
  database: Database,
  { channel, pollMs, batch, failure, sendDue }: { channel: string; pollMs: number; batch: number; failure: string; sendDue(db: Db): Promise<number> },
): NotifiedLoop {
  return startNotifiedLoop(database, {
    channel,
    pollMs,
    failure,
    async run() {
      while ((await sendDue(database.db)) >= batch);
    },
  });
}

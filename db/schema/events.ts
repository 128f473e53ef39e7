import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz, timestampNow } from './columns';

/**
 * The transactional outbox: what a change caused, written in the change's own transaction and
 * delivered after commit by the dispatcher (lib/events/dispatcher.ts). A row with no
 * `delivered_at` is still owed to its consumers; delivered rows are kept briefly for debugging.
 * An insert trigger (migrations 0016, 0036) sends NOTIFY outbox_events, which wakes every process,
 * unless the statement's request wakes its own process's dispatcher (lib/events/record.ts, wakeMode).
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    type: text().notNull(),
    payload: jsonb().notNull(),
    audience: jsonb().notNull().default({}),
    createdAt: timestampNow(),
    deliveredAt: timestamptz(),
  },
  (t) => [
    index('outbox_events_pending_idx').on(t.id).where(sql`${t.deliveredAt} is null`),
    index('outbox_events_delivered_at_idx').on(t.deliveredAt),
  ],
);

export type OutboxEvent = typeof outboxEvents.$inferSelect;

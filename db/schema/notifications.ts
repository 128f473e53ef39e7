import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamptz, timestampNow } from './columns';
import { userRef } from './accounts';

/**
 * What happened to a user, written in the transaction of the change that caused it and pushed
 * live after commit. `dedupeKey` makes jobs idempotent: one row per user and key, however
 * many processes run the job.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: userRef('cascade'),
    type: text().notNull(),
    title: text().notNull(),
    body: text(),
    link: text(),
    dedupeKey: text(),
    readAt: timestamptz(),
    createdAt: timestampNow(),
  },
  (t) => [
    index('notifications_user_id_id_idx').on(t.userId, t.id.desc()),
    index('notifications_user_id_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex('notifications_user_id_dedupe_key_idx').on(t.userId, t.dedupeKey),
  ],
);

export type Notification = typeof notifications.$inferSelect;

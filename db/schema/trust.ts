import { index, pgTable, varchar } from 'drizzle-orm/pg-core';
import { id, timestampNow } from './columns';
import { userRef } from './accounts';

/** Every change of a user's neighbourhood: the 30-day change limit counts these rows. */
export const neighbourhoodChanges = pgTable(
  'neighbourhood_changes',
  {
    id: id(),
    userId: userRef('cascade'),
    fromCode: varchar({ length: 10 }).notNull(),
    toCode: varchar({ length: 10 }).notNull(),
    changedAt: timestampNow(),
  },
  (t) => [index('neighbourhood_changes_user_id_changed_at_idx').on(t.userId, t.changedAt)],
);

import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { id, timestampNow, timestamptz } from './columns';
import { userRef, users } from './accounts';
import type { NoShowDecision, NoShowSubject } from '../constants/trust';

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

/**
 * A host's mark that a joined player (game) or a guest (space reservation) did not come, within
 * 24 h after the end. The marked person may dispute it once; an admin decides (audited). An
 * accepted dispute voids the mark, and with it the mark's weight in the temperature.
 */
export const noShows = pgTable(
  'no_shows',
  {
    id: id(),
    subjectType: text().$type<NoShowSubject>().notNull(),
    /** The game id or the reservation id. */
    subjectId: integer().notNull(),
    userId: userRef('cascade'),
    markedBy: userRef('cascade'),
    markedAt: timestampNow(),
    disputeText: text(),
    disputedAt: timestamptz(),
    decision: text().$type<NoShowDecision>(),
    decidedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('no_shows_subject_user_idx').on(t.subjectType, t.subjectId, t.userId),
    index('no_shows_user_id_idx').on(t.userId, t.markedAt),
    // The admin queue: disputed, undecided, oldest first.
    index('no_shows_open_disputes_idx').on(t.disputedAt).where(sql`${t.disputedAt} is not null and ${t.decision} is null`),
    check('no_shows_subject_type_check', sql`${t.subjectType} in ('game', 'reservation')`),
    check('no_shows_decision_check', sql`${t.decision} in ('accepted', 'rejected')`),
    check('no_shows_dispute_text_check', sql`char_length(${t.disputeText}) <= 1000`),
  ],
);

export type NoShow = typeof noShows.$inferSelect;

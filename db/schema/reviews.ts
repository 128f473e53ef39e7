import { sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestampNow, ref } from './columns';
import { userRef } from './accounts';
import { games } from './games';
import { tagArray, type ReviewTag } from '../constants/reviews';

/** After a finished game, one review per (game, reviewer, reviewee) among the people who played. */
export const gameReviews = pgTable(
  'game_reviews',
  {
    id: id(),
    gameId: ref(() => games.id, 'cascade'),
    reviewerId: userRef('restrict'),
    revieweeId: userRef('restrict'),
    rating: smallint().notNull(),
    comment: text().notNull().default(''),
    tags: text().array().$type<ReviewTag[]>().notNull().default(sql`'{}'::text[]`),
    createdAt: timestampNow(),
  },
  (t) => [
    uniqueIndex('game_reviews_game_id_reviewer_id_reviewee_id_idx').on(t.gameId, t.reviewerId, t.revieweeId),
    // A profile's summary and list: every review of one user, newest first.
    index('game_reviews_reviewee_id_created_at_idx').on(t.revieweeId, t.createdAt),
    check('game_reviews_rating_check', sql`${t.rating} between 1 and 5`),
    check('game_reviews_self_check', sql`${t.reviewerId} <> ${t.revieweeId}`),
    check('game_reviews_comment_check', sql`char_length(${t.comment}) <= 500`),
    check('game_reviews_tags_check', sql.raw(`tags <@ ${tagArray}`)),
  ],
);

export type GameReview = typeof gameReviews.$inferSelect;

import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gameReviews, games, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, fieldError, forbidden, notFound } from '@/lib/core/domain-error';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { recordEvent } from '@/lib/events/record';
import { trustInputChanged } from '@/lib/trust/events';
import { getReview, playersOf } from './queries';
import type { CreateReviewInput } from './schema';

/**
 * A review of someone I played with, after the game finished. Only the host and joined players
 * take part (403 for anyone else, 400 for a reviewee who didn't play); the unique index keeps it
 * to one per (game, reviewer, reviewee) even when two submits race (409).
 */
export async function createReview(db: Db, reviewer: User, gameId: number, input: CreateReviewInput, clock: Clock = systemClock) {
  const id = await db.transaction(async (tx) => {
    const [game] = await tx.select().from(games).where(eq(games.id, gameId));
    if (!game) throw notFound('경기를 찾을 수 없습니다.');
    const played = await playersOf(tx, game);
    if (!played.some((p) => p.id === reviewer.id)) throw forbidden('이 경기에 함께한 사람만 후기를 남길 수 있습니다.');
    if (game.status !== 'finished') throw conflict('경기가 끝난 뒤에 후기를 남길 수 있습니다.', undefined, 'not_finished');
    if (input.revieweeId === reviewer.id) throw fieldError('revieweeId', '나 자신은 평가할 수 없습니다.');
    const reviewee = played.find((p) => p.id === input.revieweeId);
    if (!reviewee || reviewee.isDeleted) throw fieldError('revieweeId', '이 경기에 함께한 사람만 평가할 수 있습니다.');
    try {
      const [row] = await tx
        .insert(gameReviews)
        .values({ gameId, reviewerId: reviewer.id, ...input, createdAt: clock() })
        .returning({ id: gameReviews.id });
      await recordEvent(tx, trustInputChanged(input.revieweeId));
      return row!.id;
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('이미 후기를 남겼습니다.', undefined, 'already_reviewed');
      throw error;
    }
  });
  return getReview(db, id);
}

import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reservations, spaceReviews, spaces, users, type SpaceReview, type User } from '@/db/schema';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, forbidden, notFound } from '@/lib/core/domain-error';
import { recordEvent } from '@/lib/events/record';
import { recordSpacesChanged } from './events';
import { trustInputChanged } from '@/lib/trust/events';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { pageInfo } from '@/lib/core/pagination';
import type { CreateReviewInput, SpaceReviewView } from './review-schema';

/** A reservation can be reviewed once it is over: completed, or confirmed and ended before the sweeper ran. */
export const isReviewable = (r: { status: string; endsAt: Date }, now: Date) => r.status === 'completed' || (r.status === 'confirmed' && r.endsAt <= now);

/** Rounded to one decimal for display; null without reviews. */
/**
 * A finished booking as one of its two parties reviews it: 404 to anyone else, 403 to the party
 * on the wrong side (`as`), 409 not_completed before it is over. Locked: the guest's review
 * completes a confirmed booking in the same transaction.
 */
export async function reviewableReservation(tx: Db, reservationId: number, userId: number, as: 'guest' | 'host', now: Date) {
  const [row] = await tx
    .select({ reservation: reservations, hostId: spaces.hostId })
    .from(reservations)
    .innerJoin(spaces, eq(spaces.id, reservations.spaceId))
    .where(eq(reservations.id, reservationId))
    .for('update', { of: reservations });
  if (!row || (row.reservation.guestId !== userId && row.hostId !== userId)) throw notFound('예약을 찾을 수 없습니다.');
  if ((as === 'guest' ? row.reservation.guestId : row.hostId) !== userId) {
    throw forbidden(as === 'guest' ? '예약한 사람만 리뷰를 쓸 수 있습니다.' : '공간 호스트만 게스트 후기를 쓸 수 있습니다.');
  }
  if (!isReviewable(row.reservation, now)) throw conflict('이용이 끝난 예약에만 후기를 쓸 수 있습니다.', undefined, 'not_completed');
  return row;
}

export const roundRating = (avg: number | null) => (avg === null ? null : Math.round(Number(avg) * 10) / 10);

export const toReviewView = (review: SpaceReview, author: UserRefSource): SpaceReviewView => ({
  id: review.id,
  spaceId: review.spaceId,
  reservationId: review.reservationId,
  author: toUserRef(author),
  rating: review.rating,
  comment: review.comment,
  tags: review.tags,
  createdAt: review.createdAt.toISOString(),
});

/**
 * The guest reviews a space after the reservation is over, once (the unique reservation id makes a
 * second or concurrent review 409). The space's rating sum and count move in the same transaction.
 */
export async function createReview(db: Db, author: User, reservationId: number, input: CreateReviewInput, clock: Clock = systemClock) {
  const now = clock();
  return db.transaction(async (tx) => {
    const row = await reviewableReservation(tx, reservationId, author.id, 'guest', now);
    if (row.reservation.status === 'confirmed') {
      await tx.update(reservations).set({ status: 'completed', updatedAt: now }).where(eq(reservations.id, reservationId));
    }
    const [review] = await tx
      .insert(spaceReviews)
      .values({ spaceId: row.reservation.spaceId, reservationId, authorId: author.id, rating: input.rating, comment: input.comment, tags: input.tags ?? [], createdAt: now })
      .returning()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw conflict('이 예약에는 이미 리뷰를 썼습니다.', undefined, 'already_reviewed');
        throw error;
      });
    await tx
      .update(spaces)
      .set({ ratingSum: sql`${spaces.ratingSum} + ${input.rating}`, reviewCount: sql`${spaces.reviewCount} + 1` })
      .where(eq(spaces.id, row.reservation.spaceId));
    await recordEvent(tx, trustInputChanged(row.hostId));
    await recordSpacesChanged(tx);
    return toReviewView(review!, author);
  });
}

/** A space's reviews, newest first, with its average and count (404 for a deleted or unknown space). */
export async function listReviews(db: Db, spaceId: number, { page, size }: { page: number; size: number }) {
  const [space] = await db
    .select({ average: spaces.ratingAvg, count: spaces.reviewCount })
    .from(spaces)
    .where(and(eq(spaces.id, spaceId), ne(spaces.status, 'deleted')));
  if (!space) throw notFound('공간을 찾을 수 없습니다.');
  const rows = await db
    .select({ review: spaceReviews, author: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey } })
    .from(spaceReviews)
    .innerJoin(users, eq(users.id, spaceReviews.authorId))
    .where(eq(spaceReviews.spaceId, spaceId))
    .orderBy(desc(spaceReviews.createdAt), desc(spaceReviews.id))
    .limit(size)
    .offset((page - 1) * size);
  const items = rows.map(({ review, author }) => toReviewView(review, author));
  return { items, page: pageInfo(page, size, space.count), summary: { average: roundRating(space.average), count: space.count } };
}

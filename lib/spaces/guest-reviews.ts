import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { guestReviews, users, type GuestReview, type User } from '@/db/schema';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict } from '@/lib/core/domain-error';
import { isUniqueViolation } from '@/lib/core/pg-errors';
import { recordEvent } from '@/lib/events/record';
import { trustInputChanged } from '@/lib/trust/events';
import type { CreateReviewInput, GuestReviewView } from './review-schema';
import { reviewableReservation } from './reviews';

const toGuestReviewView = (review: GuestReview, author: UserRefSource, guest: UserRefSource): GuestReviewView => ({
  id: review.id,
  reservationId: review.reservationId,
  author: toUserRef(author),
  guest: toUserRef(guest),
  rating: review.rating,
  comment: review.comment,
  tags: review.tags,
  createdAt: review.createdAt.toISOString(),
});

/**
 * The space's host reviews the guest once the booking is over, once per booking (the unique
 * reservation id makes a second or concurrent review 409). It feeds the guest's temperature.
 */
export async function reviewGuest(db: Db, host: User, reservationId: number, input: CreateReviewInput, clock: Clock = systemClock) {
  const now = clock();
  return db.transaction(async (tx) => {
    const row = await reviewableReservation(tx, reservationId, host.id, 'host', now);
    const [review] = await tx
      .insert(guestReviews)
      .values({ reservationId, authorId: host.id, guestId: row.reservation.guestId, rating: input.rating, comment: input.comment, tags: input.tags ?? [], createdAt: now })
      .returning()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw conflict('이 예약의 게스트에게는 이미 후기를 썼습니다.', undefined, 'already_reviewed');
        throw error;
      });
    await recordEvent(tx, trustInputChanged(row.reservation.guestId));
    const [guest] = await tx.select().from(users).where(eq(users.id, row.reservation.guestId));
    return toGuestReviewView(review!, host, guest!);
  });
}

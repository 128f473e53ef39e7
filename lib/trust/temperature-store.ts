import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { adminActions, gameReviews, guestReviews, mealOrders, mealOrderShares, noShows, reports, spaceReviews, spaces, users } from '@/db/schema';
import { tagCounts, topReasons, temperature, type TrustInput } from './temperature';

/** Which meal-order input a share of the user is; the organizer's share counts once the order is delivered. */
const mealKinds = { paid: 'mealPaidOnTime', withdrawn: 'mealWithdrew', dropped: 'mealDroppedAtDeadline' } as const;

/** Every input of one user's temperature, from the tables that already hold them. */
async function inputsOf(db: Db, userId: number): Promise<TrustInput[]> {
  const [games, hosted, asGuest, upheld, suspended, missed, shares, organized] = await Promise.all([
    db.select({ at: gameReviews.createdAt, rating: gameReviews.rating, tags: gameReviews.tags }).from(gameReviews).where(eq(gameReviews.revieweeId, userId)),
    // A guest's review of a space speaks for its host.
    db
      .select({ at: spaceReviews.createdAt, rating: spaceReviews.rating, tags: spaceReviews.tags })
      .from(spaceReviews)
      .innerJoin(spaces, eq(spaces.id, spaceReviews.spaceId))
      .where(eq(spaces.hostId, userId)),
    db.select({ at: guestReviews.createdAt, rating: guestReviews.rating, tags: guestReviews.tags }).from(guestReviews).where(eq(guestReviews.guestId, userId)),
    db
      .select({ at: reports.resolvedAt })
      .from(reports)
      .where(and(eq(reports.targetUserId, userId), eq(reports.status, 'resolved'))),
    // Every suspension is in the audit log: from the users list (target user) or from reported content (details.userId).
    db
      .select({ at: adminActions.createdAt })
      .from(adminActions)
      .where(
        and(
          eq(adminActions.action, 'suspend'),
          or(and(eq(adminActions.targetType, 'user'), eq(adminActions.targetId, userId)), sql`${adminActions.details}->>'userId' = ${String(userId)}`),
        ),
      ),
    // A no-show (game or space booking) counts unless an admin accepted the dispute against it.
    db
      .select({ at: noShows.markedAt })
      .from(noShows)
      .where(and(eq(noShows.userId, userId), or(isNull(noShows.decision), eq(noShows.decision, 'rejected')))),
    db
      .select({ at: mealOrderShares.updatedAt, status: mealOrderShares.status })
      .from(mealOrderShares)
      .where(and(eq(mealOrderShares.userId, userId), inArray(mealOrderShares.status, ['paid', 'withdrawn', 'dropped']))),
    db
      .select({ at: mealOrders.deliveredAt })
      .from(mealOrders)
      .where(and(eq(mealOrders.organizerId, userId), eq(mealOrders.status, 'delivered'))),
  ]);
  return [
    ...games.map((r) => ({ kind: 'review' as const, at: r.at, rating: r.rating, tags: r.tags })),
    ...[...hosted, ...asGuest].map((r) => ({ kind: 'review' as const, at: r.at, rating: r.rating, tags: r.tags })),
    ...upheld.filter((r) => r.at).map((r) => ({ kind: 'reportUpheld' as const, at: r.at! })),
    ...suspended.map((r) => ({ kind: 'suspension' as const, at: r.at })),
    ...missed.map((r) => ({ kind: 'noShow' as const, at: r.at })),
    ...shares.map((r) => ({ kind: mealKinds[r.status as keyof typeof mealKinds], at: r.at })),
    ...organized.filter((r) => r.at).map((r) => ({ kind: 'mealDeliveredAsOrganizer' as const, at: r.at! })),
  ];
}

/** Recomputes and caches one user's temperature on their row; idempotent, so any process may run it. */
export async function recomputeTemperature(db: Db, userId: number, now: Date) {
  const inputs = await inputsOf(db, userId);
  const value = temperature(inputs, now);
  await db
    .update(users)
    .set({ temperature: value, temperatureReasons: topReasons(inputs), reviewTagCounts: tagCounts(inputs), temperatureComputedAt: now })
    .where(eq(users.id, userId));
  return value;
}

/**
 * The job: decay moves every temperature a little each day, so rows computed more than a day ago
 * are recomputed, a batch at a time. SKIP LOCKED lets several processes share the work. The rows
 * are locked FOR NO KEY UPDATE, not FOR UPDATE: the batch holds its locks until it commits, and
 * FOR UPDATE would make every insert that references one of these users (a chat message, a post:
 * its foreign key check takes KEY SHARE) wait for the whole batch.
 */
export async function recomputeStaleTemperatures(db: Db, now: Date, batch = 200) {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const ids = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.isActive, true), or(isNull(users.temperatureComputedAt), lt(users.temperatureComputedAt, dayAgo))))
      .orderBy(sql`${users.temperatureComputedAt} asc nulls first`)
      .limit(batch)
      .for('no key update', { skipLocked: true });
    for (const { id } of rows) await recomputeTemperature(tx, id, now);
    return rows.map((r) => r.id);
  });
  return ids.length;
}

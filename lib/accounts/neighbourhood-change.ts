import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoodChanges, users } from '@/db/schema';
import { DomainError, unauthenticated } from '@/lib/core/domain-error';
import { NEIGHBOURHOOD_CHANGES_ALLOWED, NEIGHBOURHOOD_CHANGE_WINDOW_DAYS, changeWindowEnd, changeWindowStart } from './neighbourhood-status';

/**
 * Moves the user to another dong inside the caller's transaction: clears the 동네인증 (it was for
 * the old dong) and the confirmation asked after a data update. At most two changes per 30 days,
 * else 429 reason "too_many_changes" with Retry-After until the oldest counted change ages out.
 * The user row is locked first, so two concurrent changes count each other.
 */
export async function changeNeighbourhood(tx: Db, userId: number, toCode: string, now: Date) {
  const [current] = await tx
    .select({ code: users.neighbourhoodCode, needsConfirmation: users.neighbourhoodNeedsConfirmation })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.isActive, true)))
    .for('update');
  if (!current) throw unauthenticated();
  if (current.code === toCode) {
    // Choosing the same dong again answers the confirmation; it is no change.
    if (current.needsConfirmation) await tx.update(users).set({ neighbourhoodNeedsConfirmation: false }).where(eq(users.id, userId));
    return;
  }
  const recent = await tx
    .select({ changedAt: neighbourhoodChanges.changedAt })
    .from(neighbourhoodChanges)
    .where(and(eq(neighbourhoodChanges.userId, userId), gt(neighbourhoodChanges.changedAt, changeWindowStart(now))))
    .orderBy(asc(neighbourhoodChanges.changedAt));
  if (recent.length >= NEIGHBOURHOOD_CHANGES_ALLOWED) {
    const freesAt = changeWindowEnd(recent[recent.length - NEIGHBOURHOOD_CHANGES_ALLOWED]!.changedAt);
    throw new DomainError(
      'rate_limited',
      `동네는 ${NEIGHBOURHOOD_CHANGE_WINDOW_DAYS}일에 ${NEIGHBOURHOOD_CHANGES_ALLOWED}번까지 바꿀 수 있어요.`,
      { reason: 'too_many_changes', retryAfterSeconds: Math.max(1, Math.ceil((freesAt.getTime() - now.getTime()) / 1000)) },
    );
  }
  await tx.insert(neighbourhoodChanges).values({ userId, fromCode: current.code, toCode, changedAt: now });
  await tx
    .update(users)
    .set({
      neighbourhoodCode: toCode,
      neighbourhoodNeedsConfirmation: false,
      neighbourhoodVerifiedCode: null,
      neighbourhoodVerifiedUntil: null,
      neighbourhoodVerificationMethod: null,
      neighbourhoodVerificationAccuracy: null,
    })
    .where(eq(users.id, userId));
}

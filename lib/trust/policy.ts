import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mealPosts, type User } from '@/db/schema';
import { DomainError } from '@/lib/core/domain-error';
import { isVerified } from '@/lib/accounts/neighbourhood-status';

type Guarded = { verifiedOnly: boolean; neighbourhoodCode: string };

/**
 * A post or game marked verifiedOnly admits neighbours with a current 동네인증 in its 시군구 (the
 * first five digits of the code): the same reach as the boards' widest scope. Anyone else gets
 * 403 reason "verification_required", which the UI turns into a link to the check.
 */
export function assertVerifiedNeighbour(user: User, target: Guarded, now: Date) {
  if (!target.verifiedOnly) return;
  if (isVerified(user, now) && user.neighbourhoodCode.slice(0, 5) === target.neighbourhoodCode.slice(0, 5)) return;
  throw new DomainError('forbidden', '동네인증한 이웃만 참여할 수 있어요. 먼저 동네인증을 해 주세요.', { reason: 'verification_required' });
}

/** Joining a meal post is joining its chat room: the room's post decides. */
export async function assertMayJoinPostRoom(tx: Db, user: User, roomId: number, now: Date) {
  const [post] = await tx
    .select({ verifiedOnly: mealPosts.verifiedOnly, neighbourhoodCode: mealPosts.neighbourhoodCode })
    .from(mealPosts)
    .where(eq(mealPosts.chatRoomId, roomId));
  if (post) assertVerifiedNeighbour(user, post, now);
}

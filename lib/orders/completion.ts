import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mealOrders, mealOrderShares, type MealOrder } from '@/db/schema';
import { noticePaid } from './notices';
import { isLive } from './queries';

/**
 * A locked order becomes `paid` when no live share is left unpaid (a conditional update: once),
 * and everyone in it hears so. Called by the payment approval, a withdrawal and the payBy job.
 */
export async function paidIfComplete(tx: Db, order: Pick<MealOrder, 'postId'>, now: Date) {
  const shares = await tx.select().from(mealOrderShares).where(eq(mealOrderShares.postId, order.postId));
  if (shares.some((s) => s.status === 'unpaid')) return;
  const [paid] = await tx
    .update(mealOrders)
    .set({ status: 'paid', paidAt: now, updatedAt: now })
    .where(and(eq(mealOrders.postId, order.postId), eq(mealOrders.status, 'locked')))
    .returning();
  if (paid) await noticePaid(tx, paid, shares.filter(isLive).map((s) => s.userId));
}

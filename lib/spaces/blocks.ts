import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { spaceHolds, spaces, type SpaceHold, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, fieldError, forbidden, notFound } from '@/lib/core/domain-error';
import { isExclusionViolation } from '@/lib/core/pg-errors';
import { transact } from '@/lib/core/transact';
import type { CreateBlockInput, SpaceBlockView } from './block-schema';
import { lockHostedSpace } from './mutations';

export const toBlockView = (b: SpaceHold): SpaceBlockView => ({
  id: b.id,
  spaceId: b.spaceId,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  reason: b.reason,
  createdAt: b.createdAt.toISOString(),
});

/**
 * The host closes a stretch of time. The block is a row of space_holds, so the same exclusion
 * constraint as bookings (with their buffers) refuses an overlap, even against a booking being
 * made at that moment; the space lock makes blocks and bookings of one space take turns.
 */
export async function createBlock(db: Db, host: User, spaceId: number, input: CreateBlockInput, clock: Clock = systemClock) {
  const now = clock();
  if (input.endsAt <= now) throw fieldError('endsAt', '이미 지난 시간은 막을 수 없습니다.');
  return transact(db, async (tx) => {
    await lockHostedSpace(tx, host, spaceId);
    const [block] = await tx
      .insert(spaceHolds)
      .values({ spaceId, kind: 'block', startsAt: input.startsAt, endsAt: input.endsAt, heldUntil: input.endsAt, reason: input.reason, createdAt: now })
      .returning()
      .catch((error: unknown) => {
        if (isExclusionViolation(error)) {
          throw conflict('예약이나 다른 차단과 겹치는 시간입니다.', { startsAt: ['예약이나 다른 차단과 겹칩니다.'] }, 'overlap');
        }
        throw error;
      });
    return toBlockView(block!);
  });
}

/** The host reopens a blocked stretch; a block of another space (or none) is 404. */
export async function deleteBlock(db: Db, host: User, spaceId: number, blockId: number) {
  await transact(db, async (tx) => {
    await lockHostedSpace(tx, host, spaceId);
    const removed = await tx
      .delete(spaceHolds)
      .where(and(eq(spaceHolds.id, blockId), eq(spaceHolds.spaceId, spaceId), eq(spaceHolds.kind, 'block')))
      .returning({ id: spaceHolds.id });
    if (!removed.length) throw notFound('차단을 찾을 수 없습니다.');
  });
}

/** The host's blocks of one space that have not ended yet, soonest first. */
export async function listBlocks(db: Db, host: User, spaceId: number, now: Date) {
  const [space] = await db.select({ hostId: spaces.hostId, status: spaces.status }).from(spaces).where(eq(spaces.id, spaceId));
  if (!space || space.status === 'deleted') throw notFound('공간을 찾을 수 없습니다.');
  if (space.hostId !== host.id) throw forbidden('내 공간만 볼 수 있습니다.');
  const rows = await db
    .select()
    .from(spaceHolds)
    .where(and(eq(spaceHolds.spaceId, spaceId), eq(spaceHolds.kind, 'block'), gt(spaceHolds.endsAt, now)))
    .orderBy(asc(spaceHolds.startsAt), asc(spaceHolds.id));
  return { items: rows.map(toBlockView) };
}

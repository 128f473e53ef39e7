import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, chatRooms, users, type User } from '@/db/schema';
import { fieldError, forbidden, notFound } from '@/lib/core/domain-error';
import { blocksBetween } from '@/lib/friends/queries';

/**
 * The one direct room of me and `targetId`, created on first use. The pair's unique index
 * decides every race: each caller inserts with ON CONFLICT DO NOTHING, and whoever didn't
 * create it reads the winner's room (committed by then: the insert waited on its lock).
 */
export async function openDirectRoom(db: Db, user: User, targetId: number) {
  if (targetId === user.id) throw fieldError('userId', '나 자신과는 대화할 수 없습니다.');
  const [target] = await db.select().from(users).where(and(eq(users.id, targetId), eq(users.isActive, true)));
  if (!target) throw notFound('사용자를 찾을 수 없습니다.');
  const { aBlocksB: iBlock, bBlocksA: blocksMe } = await blocksBetween(db, user.id, target.id);
  if (blocksMe) throw forbidden('상대방이 대화를 원하지 않습니다.');
  if (iBlock) throw forbidden('차단한 이웃입니다. 차단을 풀면 대화할 수 있어요.');
  const [low, high] = user.id < target.id ? [user.id, target.id] : [target.id, user.id];
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(chatRooms)
      // The title is only a fallback: each side sees the other's name.
      .values({ kind: 'direct', title: '1:1 대화', capacity: 2, memberCount: 2, isClosed: true, closedByOwner: true, directLowUserId: low, directHighUserId: high })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await tx.insert(chatMembers).values([
        { roomId: created.id, userId: low },
        { roomId: created.id, userId: high },
      ]);
      return { room: created, created: true };
    }
    const [existing] = await tx
      .select()
      .from(chatRooms)
      .where(and(eq(chatRooms.directLowUserId, low), eq(chatRooms.directHighUserId, high)));
    return { room: existing!, created: false };
  });
}

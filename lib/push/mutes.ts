import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMutes } from '@/db/schema';
import { requireMember } from '@/lib/chat/queries';
import { transact } from '@/lib/core/transact';

/** Members only (404 no room, 403 not a member); leaving the room drops the mute (foreign key cascade). */
export async function setRoomMuted(db: Db, userId: number, roomId: number, muted: boolean) {
  return transact(db, async (tx) => {
    await requireMember(tx, roomId, userId);
    if (muted) await tx.insert(chatMutes).values({ roomId, userId }).onConflictDoNothing();
    else await tx.delete(chatMutes).where(and(eq(chatMutes.roomId, roomId), eq(chatMutes.userId, userId)));
    return { roomId, muted };
  });
}

export async function getRoomMuted(db: Db, userId: number, roomId: number) {
  await requireMember(db, roomId, userId);
  const [row] = await db.select({ roomId: chatMutes.roomId }).from(chatMutes).where(and(eq(chatMutes.roomId, roomId), eq(chatMutes.userId, userId)));
  return { roomId, muted: Boolean(row) };
}

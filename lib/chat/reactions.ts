import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatReactions, type User } from '@/db/schema';
import type { ChatReactionEmoji } from '@/db/constants/chat';
import { conflict } from '@/lib/core/domain-error';
import { commitWithoutFlush, transact } from '@/lib/core/transact';
import { recordEvent } from '@/lib/events/record';
import { messageReactions } from './events';
import { messageForMember } from './message-access';
import { sortReactions } from './message-view';

async function countsOf(tx: Db, messageId: number) {
  return tx
    .select({ emoji: chatReactions.emoji, count: sql<number>`count(*)::int`, userIds: sql<number[]>`array_agg(${chatReactions.userId} order by ${chatReactions.createdAt})` })
    .from(chatReactions)
    .where(eq(chatReactions.messageId, messageId))
    .groupBy(chatReactions.emoji);
}

/**
 * Adds (`on`) or takes back my reaction. The primary key (message, user, emoji) keeps it to one
 * however many toggles race; repeating either is a no-op that changes nothing and tells nobody.
 * The answer has `mine` for me; the room gets `message:reactions` with who reacted.
 */
export async function setReaction(db: Db, user: User, messageId: number, emoji: ChatReactionEmoji, on: boolean) {
  const { message, room } = await messageForMember(db, user.id, messageId);
  if (message.kind === 'system' || message.deletedAt) throw conflict('이 메시지에는 반응할 수 없습니다.', undefined, 'not_reactable');
  return transact(db, async (tx) => {
    const changed = on
      ? await tx.insert(chatReactions).values({ messageId, userId: user.id, emoji }).onConflictDoNothing().returning({ commitWithoutFlush })
      : await tx
          .delete(chatReactions)
          .where(and(eq(chatReactions.messageId, messageId), eq(chatReactions.userId, user.id), eq(chatReactions.emoji, emoji)))
          .returning({ commitWithoutFlush });
    const counts = await countsOf(tx, messageId);
    if (changed.length) await recordEvent(tx, messageReactions(room, { roomId: room.id, messageId, reactions: counts.map((c) => ({ ...c, userIds: c.userIds.map(Number) })) }));
    const reactions = sortReactions(counts.map((c) => ({ emoji: c.emoji as ChatReactionEmoji, count: c.count, mine: c.userIds.map(Number).includes(user.id) })));
    return { roomId: room.id, messageId, reactions };
  });
}

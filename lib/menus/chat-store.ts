import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { menuChats } from '@/db/schema';
import { rateLimited } from '@/lib/core/domain-error';
import { seoulDate } from '@/lib/core/seoul-time';
import { MAX_MESSAGES_PER_DAY, type ChatMessage } from './schema';

export async function readConversation(db: Db, userId: number, day: string): Promise<ChatMessage[]> {
  const [row] = await db.select({ messages: menuChats.messages }).from(menuChats).where(and(eq(menuChats.userId, userId), eq(menuChats.day, day)));
  return (row?.messages as ChatMessage[] | undefined) ?? [];
}

/**
 * Appends in one statement (concurrent questions never lose each other's messages); the
 * conditional update refuses to grow a day's conversation past its cap.
 */
export async function appendMessages(db: Db, userId: number, day: string, messages: ChatMessage[]): Promise<ChatMessage[]> {
  const added = JSON.stringify(messages);
  const [row] = await db
    .insert(menuChats)
    .values({ userId, day, messages })
    .onConflictDoUpdate({
      target: [menuChats.userId, menuChats.day],
      set: { messages: sql`${menuChats.messages} || ${added}::jsonb`, updatedAt: sql`now()` },
      setWhere: sql`jsonb_array_length(${menuChats.messages}) + ${messages.length} <= ${MAX_MESSAGES_PER_DAY}`,
    })
    .returning({ messages: menuChats.messages });
  if (!row) throw rateLimited(60, '오늘 대화가 너무 길어졌어요. 초기화하고 다시 시작해 주세요.');
  return row.messages as ChatMessage[];
}

export async function resetConversation(db: Db, userId: number, day: string) {
  await db.delete(menuChats).where(and(eq(menuChats.userId, userId), eq(menuChats.day, day)));
}

/** Conversations live for their day; yesterday's stays a day longer for users around midnight. */
export const deleteOldMenuChats = (db: Db, now: Date) =>
  db.delete(menuChats).where(lt(menuChats.day, seoulDate(new Date(now.getTime() - 24 * 60 * 60_000))));

import { and, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMessages, users, type User } from '@/db/schema';
import { CHAT_EDIT_WINDOW_MS } from '@/db/constants/chat';
import { toUserRef } from '@/lib/accounts/user-ref';
import { conflict, forbidden } from '@/lib/core/domain-error';
import { transact } from '@/lib/core/transact';
import { recordEvent } from '@/lib/events/record';
import { messageUpdated } from './events';
import { mentionedMembers, mentionNotices, messageForMember } from './message-access';
import { messageColumns, readMarkers, toMessageView, unreadFor } from './message-view';
import { mentionedIds } from './mentions';

/**
 * The author rewrites a text message within 15 minutes of sending it (`now` is injectable for
 * tests). The window is checked in the UPDATE itself, so an edit racing the deadline can't slip
 * through. Members it newly names get their notice; open screens get `message:updated`.
 */
export async function editMessage(db: Db, user: User, messageId: number, { body }: { body: string }, now = new Date()) {
  const { message, room } = await messageForMember(db, user.id, messageId, { writing: true });
  if (message.userId !== user.id || message.kind !== 'text') throw forbidden('내 메시지만 고칠 수 있습니다.');
  if (message.deletedAt) throw conflict('삭제된 메시지는 고칠 수 없습니다.', undefined, 'deleted');
  await transact(db, async (tx) => {
    const mentioned = await mentionedMembers(tx, room.id, mentionedIds(body), user.id);
    const [updated] = await tx
      .update(chatMessages)
      .set({ body, mentions: mentioned.map((u) => u.id), editedAt: now })
      .where(and(eq(chatMessages.id, messageId), isNull(chatMessages.deletedAt), gte(chatMessages.createdAt, new Date(now.getTime() - CHAT_EDIT_WINDOW_MS))))
      .returning();
    if (!updated) throw conflict('보낸 지 15분이 지난 메시지는 고칠 수 없습니다.', undefined, 'edit_window_closed');
    await recordEvent(
      tx,
      messageUpdated(room, { roomId: room.id, messageId, body, mentions: updated.mentions, mentionedUsers: mentioned.map(toUserRef), editedAt: now.toISOString() }),
    );
    await mentionNotices(tx, user, room, updated, mentioned.filter((u) => !message.mentions.includes(u.id)));
  });
  const [row] = await db.select(messageColumns(user.id)).from(chatMessages).leftJoin(users, eq(users.id, chatMessages.userId)).where(eq(chatMessages.id, messageId));
  return toMessageView(row!, unreadFor(row!.message, await readMarkers(db, room.id)));
}

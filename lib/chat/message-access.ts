import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { blocks, chatMembers, chatMessageColumns, chatMessages, users, type ChatMessage, type ChatRoom, type ReplySnapshot, type User } from '@/db/schema';
import { notFound } from '@/lib/core/domain-error';
import { notify } from '@/lib/notifications/notify';
import { mentionedJson, readableBody, userColumns } from './message-view';
import { assertMember, getMessageMembership } from './queries';

/**
 * A message of a room I am in now, with its room; 404 for anyone else (outsiders don't learn it
 * exists) and for a message moderation hid from me.
 */
export async function messageForMember(db: Db, userId: number, messageId: number, { writing = false } = {}): Promise<{ message: ChatMessage; room: ChatRoom }> {
  const row = await getMessageMembership(db, messageId, userId);
  if (!row || (row.message.hiddenAt && row.message.userId !== userId)) throw notFound('메시지를 찾을 수 없습니다.');
  return { message: row.message, room: assertMember(row, { writing, hideFromOutsiders: true }) };
}

export type MentionedMember = { id: number; username: string; isActive: boolean; avatarKey: string | null; blocksSender: boolean };

/** The named users who are members of the room now (a token naming anyone else stays plain text). */
export async function mentionedMembers(tx: Db, roomId: number, ids: number[], senderId: number): Promise<MentionedMember[]> {
  if (!ids.length) return [];
  return tx
    .select({
      ...userColumns,
      blocksSender: sql<boolean>`exists (select 1 from ${blocks} where ${blocks.blockerId} = ${users.id} and ${blocks.blockedId} = ${senderId})`,
    })
    .from(chatMembers)
    .innerJoin(users, eq(users.id, chatMembers.userId))
    .where(and(eq(chatMembers.roomId, roomId), inArray(chatMembers.userId, ids.slice(0, 50))));
}

const SNAPSHOT_CHARS = 200;
const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** What a reply keeps of the message it answers: one I can see, in this room, not deleted. */
export async function replySnapshot(tx: Db, roomId: number, viewerId: number, replyToId: number): Promise<ReplySnapshot> {
  const [row] = await tx
    .select({ message: chatMessageColumns, user: userColumns, mentioned: mentionedJson })
    .from(chatMessages)
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .where(and(eq(chatMessages.id, replyToId), eq(chatMessages.roomId, roomId), sql`${chatMessages.deletedAt} is null`, sql`${chatMessages.kind} <> 'system'`));
  if (!row || (row.message.hiddenAt && row.message.userId !== viewerId)) throw notFound('답장할 메시지를 찾을 수 없습니다.');
  const kind = row.message.kind === 'image' ? 'image' : 'text';
  return { id: row.message.id, kind, body: kind === 'image' ? '사진' : cut(readableBody(row.message.body, row.mentioned), SNAPSHOT_CHARS), user: row.user };
}

/**
 * A notice to each member a message names (not the sender, not someone who blocked them). It is
 * a notification, not the message's push, so it reaches them even in a room they muted; one per
 * message and member however often the message is edited.
 */
export async function mentionNotices(tx: Db, sender: Pick<User, 'id' | 'username'>, room: Pick<ChatRoom, 'id' | 'title' | 'kind'>, message: Pick<ChatMessage, 'id' | 'body'>, mentioned: MentionedMember[]) {
  const text = cut(readableBody(message.body, mentioned), 100);
  await notify(
    tx,
    mentioned
      .filter((u) => u.id !== sender.id && !u.blocksSender && u.isActive)
      .map((u) => ({
        userId: u.id,
        type: 'chat_mention' as const,
        title: room.kind === 'direct' ? `${sender.username}님이 회원님을 불렀어요` : `${room.title}에서 ${sender.username}님이 회원님을 불렀어요`,
        body: text,
        link: `/chat/${room.id}?message=${message.id}`,
        dedupeKey: `chat_mention:${message.id}`,
      })),
  );
}

import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, chatMessages, chatRooms, searchText, users } from '@/db/schema';
import { DELETED_USERNAME, toUserRef } from '@/lib/accounts/user-ref';
import { mentionedJson, readableBody, userColumns } from './message-view';
import { requireMember } from './queries';
import type { SearchHit, SearchQuery } from './schema';

/** The LIKE pattern on the doubled text (see `searchText`): each character twice, wildcards escaped. */
const doubledPattern = (q: string) => `%${[...q.toLowerCase()].map((c) => (/[\\%_]/.test(c) ? `\\${c}\\${c}` : c + c)).join('')}%`;

/** Some text on each side of the first match, so the hit is seen in its sentence. */
function snippetOf(text: string, q: string) {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, Math.max(at, 0) + q.length + 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * Messages of the rooms I am a member of now (a room I left or was banned from gives nothing),
 * newest first, 20 at a time (`before` pages on). Deleted and system messages are not searched;
 * a hidden one only by its sender. Matches any part of a word, Korean included, through the
 * trigram index on the doubled text.
 */
export async function searchMessages(db: Db, userId: number, { q, roomId, before, limit }: SearchQuery) {
  if (roomId) await requireMember(db, roomId, userId, { hideFromOutsiders: true });
  const rows = await db
    .select({
      id: chatMessages.id,
      roomId: chatMessages.roomId,
      kind: chatMessages.kind,
      body: chatMessages.body,
      createdAt: chatMessages.createdAt,
      user: userColumns,
      mentioned: mentionedJson,
      room: { id: chatRooms.id, kind: chatRooms.kind, title: chatRooms.title },
      // A direct room is called by the other person's name, as in my room list.
      peerName: sql<string | null>`(select case when p.is_active then p.username else ${DELETED_USERNAME} end from users p
        where p.id in (${chatRooms.directLowUserId}, ${chatRooms.directHighUserId}) and p.id <> ${userId})`,
    })
    .from(chatMessages)
    .innerJoin(chatMembers, and(eq(chatMembers.roomId, chatMessages.roomId), eq(chatMembers.userId, userId)))
    .innerJoin(chatRooms, eq(chatRooms.id, chatMessages.roomId))
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .where(
      and(
        sql`${searchText(chatMessages.body)} like ${doubledPattern(q)}`,
        sql`${chatMessages.kind} in ('text', 'image')`,
        sql`${chatMessages.deletedAt} is null`,
        sql`(${chatMessages.hiddenAt} is null or ${chatMessages.userId} = ${userId})`,
        roomId ? eq(chatMessages.roomId, roomId) : undefined,
        before ? lt(chatMessages.id, before) : undefined,
      ),
    )
    .orderBy(desc(chatMessages.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const items: SearchHit[] = page.map((r) => ({
    id: r.id,
    roomId: r.roomId,
    room: { id: r.room.id, kind: r.room.kind, title: r.room.kind === 'direct' && r.peerName ? r.peerName : r.room.title },
    user: r.user ? toUserRef(r.user) : null,
    kind: r.kind === 'image' ? 'image' : 'text',
    snippet: snippetOf(readableBody(r.body, r.mentioned), q),
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

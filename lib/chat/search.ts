import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, chatMessages } from '@/db/schema';
import type { ChatRoomKind } from '@/db/constants/chat';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { mentionedJson, readableBody, userRefJson } from './message-view';
import { requireMember } from './queries';
import type { SearchHit, SearchQuery } from './schema';

/** The LIKE pattern on the doubled text (see `chatMessages.searchText`): each character twice, wildcards escaped. */
const doubledPattern = (q: string) => `%${[...q.toLowerCase()].map((c) => (/[\\%_]/.test(c) ? `\\${c}\\${c}` : c + c)).join('')}%`;

/** Some text on each side of the first match, so the hit is seen in its sentence. */
function snippetOf(text: string, q: string) {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, Math.max(at, 0) + q.length + 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** The room a hit is in, and for a direct room the other person (it is called by their name, as in my room list). */
const roomOf = (userId: number) => sql<{ id: number; kind: ChatRoomKind; title: string; peer: UserRefSource | null }>`(select json_build_object(
    'id', r.id, 'kind', r.kind, 'title', r.title,
    'peer', (select ${userRefJson} from users u where u.id in (r.direct_low_user_id, r.direct_high_user_id) and u.id <> ${userId}))
  from chat_rooms r where r.id = ${chatMessages.roomId})`;

const senderOf = sql<UserRefSource | null>`(select ${userRefJson} from users u where u.id = ${chatMessages.userId})`;

/**
 * The search's one statement (exported so bench/chat-search can EXPLAIN it). PostgreSQL plans
 * it for each word: a rare word takes the trigram index, a common one walks the newest messages
 * until the page is full. So that those are its only choices, the FROM holds one table:
 * - my rooms are an array that each candidate row is looked up in (`array_position`). As a join
 *   or as `room_id = any(…)`, they let the planner walk my rooms one by one or intersect the room
 *   index with the trigram index: 9–36 ms for a common word at 200,000 messages, against under 1
 *   ms this way at 2,000, 200,000 and 1,000,000;
 * - the room and the sender are subqueries of the page's rows. With joins, planning the
 *   statement cost more than running it.
 */
export const searchStatement = (db: Db, userId: number, { q, roomId, before, limit }: SearchQuery) =>
  db
    .select({
      id: chatMessages.id,
      roomId: chatMessages.roomId,
      kind: chatMessages.kind,
      body: chatMessages.body,
      createdAt: chatMessages.createdAt,
      user: senderOf,
      mentioned: mentionedJson,
      room: roomOf(userId),
    })
    .from(chatMessages)
    .where(
      and(
        sql`${chatMessages.searchText} like ${doubledPattern(q)}`,
        sql`array_position(array(select ${chatMembers.roomId} from ${chatMembers} where ${chatMembers.userId} = ${userId}), ${chatMessages.roomId}) is not null`,
        sql`${chatMessages.kind} in ('text', 'image')`,
        sql`${chatMessages.deletedAt} is null`,
        sql`(${chatMessages.hiddenAt} is null or ${chatMessages.userId} = ${userId})`,
        roomId ? eq(chatMessages.roomId, roomId) : undefined,
        before ? lt(chatMessages.id, before) : undefined,
      ),
    )
    .orderBy(desc(chatMessages.id))
    .limit(limit + 1);

/**
 * Messages of the rooms I am a member of now (a room I left or was banned from gives nothing),
 * newest first, 20 at a time (`before` pages on). Deleted and system messages are not searched;
 * a hidden one only by its sender. Matches any part of a word, Korean included.
 */
export async function searchMessages(db: Db, userId: number, query: SearchQuery) {
  const { q, roomId, limit } = query;
  if (roomId) await requireMember(db, roomId, userId, { hideFromOutsiders: true });
  const rows = await searchStatement(db, userId, query);
  const page = rows.slice(0, limit);
  const items: SearchHit[] = page.map((r) => ({
    id: r.id,
    roomId: r.roomId,
    room: { id: r.room.id, kind: r.room.kind, title: r.room.kind === 'direct' && r.room.peer ? toUserRef(r.room.peer).username : r.room.title },
    user: r.user ? toUserRef(r.user) : null,
    kind: r.kind === 'image' ? 'image' : 'text',
    snippet: snippetOf(readableBody(r.body, r.mentioned), q),
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

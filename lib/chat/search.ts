import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { literalLimit } from '@/db/literal-limit';
import { chatMembers, chatMessages } from '@/db/schema';
import type { ChatRoomKind } from '@/db/constants/chat';
import { containsPattern } from '@/db/like';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { mentionedJson, readableBody, userRefJson } from './message-view';
import { requireMember } from './queries';
import { searchPath, searchTextSample, type SearchPath } from './search-path';
import type { SearchHit, SearchQuery } from './schema';

/** The query as it appears in the stored doubled text (see `chatMessages.searchText`): each character twice. */
const doubled = (q: string) => [...q.toLowerCase()].map((c) => c + c).join('');

/** The match, in the shape of each path (see `searchStatement`). */
function matches(needle: string, path: SearchPath) {
  const pattern = sql`(select ${containsPattern(needle)}::text)`;
  return path === 'walk' ? sql`textlike(${chatMessages.searchText}, ${pattern})` : sql`${chatMessages.searchText} like ${pattern}`;
}

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
    'peer', case when r.kind = 'direct' then (select ${userRefJson} from users u where u.id in (r.direct_low_user_id, r.direct_high_user_id) and u.id <> ${userId}) end)
  from chat_rooms r where r.id = ${chatMessages.roomId})`;

const senderOf = sql<UserRefSource | null>`(select ${userRefJson} from users u where u.id = ${chatMessages.userId})`;

/**
 * The search's one statement (exported so bench/chat-search can EXPLAIN it), in the shape of
 * its path (./search-path):
 * - `walk` reads the newest messages backwards until the page is full. The match is written as
 *   the function `textlike`, the same test as LIKE, which no index serves: this is its only plan;
 * - `index` collects every match from the trigram index, then sorts them. The order is an
 *   expression (`id + 0`), which the primary key cannot give, so it never walks.
 * Each shape plans alike for every word, so PostgreSQL plans it once per connection and keeps
 * that plan: the pattern is a subquery's value (`(select $1)`), which the planner does not look
 * into, and the LIMIT is written in the text (`literalLimit`). Before, one statement left the
 * choice to the planner and was planned anew for every search (0.32 ms of 1 ms at 1,000,000
 * messages), because no single plan suits all words: the walk reads the whole table for a rare
 * word, the index sorts tens of thousands of matches for a common one.
 * The FROM holds one table: my rooms are an array that each candidate row is looked up in
 * (`array_position`), and the room and the sender are subqueries of the page's rows. As joins
 * or `room_id = any(…)`, they gave the planner other paths, which it took (9–36 ms for a common
 * word at 200,000 messages).
 */
export const searchStatement = (db: Db, userId: number, { q, roomId, before, limit }: SearchQuery, path: SearchPath) =>
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
        matches(doubled(q), path),
        sql`array_position(array(select ${chatMembers.roomId} from ${chatMembers} where ${chatMembers.userId} = ${userId}), ${chatMessages.roomId}) is not null`,
        sql`${chatMessages.kind} in ('text', 'image')`,
        sql`${chatMessages.deletedAt} is null`,
        sql`(${chatMessages.hiddenAt} is null or ${chatMessages.userId} = ${userId})`,
        roomId ? eq(chatMessages.roomId, roomId) : undefined,
        before ? lt(chatMessages.id, before) : undefined,
      ),
    )
    .orderBy(path === 'walk' ? desc(chatMessages.id) : sql`${chatMessages.id} + 0 desc`)
    .limit(literalLimit(limit + 1));

/** Which path a search takes, from the statistics' sample of the searched text. */
export const searchPathFor = async (db: Db, q: string, limit: number) => searchPath(await searchTextSample(db), doubled(q), limit + 1);

/**
 * Messages of the rooms I am a member of now (a room I left or was banned from gives nothing),
 * newest first, 20 at a time (`before` pages on). Deleted and system messages are not searched;
 * a hidden one only by its sender. Matches any part of a word, Korean included.
 */
export async function searchMessages(db: Db, userId: number, query: SearchQuery) {
  const { q, roomId, limit } = query;
  if (roomId) await requireMember(db, roomId, userId, { hideFromOutsiders: true });
  const rows = await searchStatement(db, userId, query, await searchPathFor(db, q, limit));
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

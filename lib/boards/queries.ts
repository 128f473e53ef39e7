import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerDb } from '@/db/prepared';
import { chatMembers, chatRooms, mealPosts, neighbourhoods, users, type ChatRoom, type MealPost, type User } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/http/pagination';
import type { ListPostsQuery, MealPostView } from './schema';

const selection = {
  post: mealPosts,
  room: chatRooms,
  author: { id: users.id, username: users.username, isActive: users.isActive },
  neighbourhood: { code: neighbourhoods.code, sido: neighbourhoods.sido, sigungu: neighbourhoods.sigungu, dong: neighbourhoods.dong },
  isJoined: sql<boolean>`${chatMembers.userId} is not null`,
};

type Row = {
  post: MealPost;
  room: ChatRoom;
  author: { id: number; username: string; isActive: boolean };
  neighbourhood: MealPostView['neighbourhood'];
  isJoined: boolean;
};

export const toPostView = (r: Row): MealPostView => ({
  id: r.post.id,
  title: r.post.title,
  category: r.post.category,
  content: r.post.content,
  targetNumber: r.room.capacity ?? 0,
  joinNumber: r.room.memberCount,
  isComplete: r.room.isClosed,
  isJoined: Boolean(r.isJoined),
  chatRoomId: r.post.chatRoomId,
  author: toUserRef(r.author),
  neighbourhood: r.neighbourhood,
  createdAt: r.post.createdAt.toISOString(),
  updatedAt: r.post.updatedAt.toISOString(),
});

/** Posts with their room, author, place and whether the viewer is in the room (a primary-key probe per row). */
const selectPosts = (db: Db, viewerId: number | null) =>
  db
    .select(selection)
    .from(mealPosts)
    .innerJoin(chatRooms, eq(chatRooms.id, mealPosts.chatRoomId))
    .innerJoin(users, eq(users.id, mealPosts.authorId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, mealPosts.neighbourhoodCode))
    .leftJoin(chatMembers, and(eq(chatMembers.roomId, mealPosts.chatRoomId), eq(chatMembers.userId, viewerId ?? 0)));

type Scope = ListPostsQuery['scope'];

/**
 * The board's two statements for each (scope, with or without category), prepared once per
 * database: the page (its ids picked from the (place, [category,] created_at) index first, then
 * only those rows joined) and the count.
 */
const boardQueries = (scope: Scope, byCategory: boolean, openOnly: boolean) =>
  preparedPerDb((db) => {
    const place = scope === 'sigungu' ? mealPosts.sigunguCode : mealPosts.neighbourhoodCode;
    const where = and(
      eq(place, sql.placeholder('place')),
      byCategory ? eq(mealPosts.category, sql.placeholder('category')) : undefined,
      // A primary-key probe per post walked, newest first; the page stops early.
      openOnly ? sql`exists (select 1 from ${chatRooms} r where r.id = ${mealPosts.chatRoomId} and not r.is_closed)` : undefined,
    );
    const pageIds = db
      .select({ id: mealPosts.id })
      .from(mealPosts)
      .where(where)
      .orderBy(desc(mealPosts.createdAt), desc(mealPosts.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .as('page_ids');
    const name = `board_${scope}${byCategory ? '_category' : ''}${openOnly ? '_open' : ''}`;
    return {
      page: db
        .select(selection)
        .from(mealPosts)
        .innerJoin(pageIds, eq(pageIds.id, mealPosts.id))
        .innerJoin(chatRooms, eq(chatRooms.id, mealPosts.chatRoomId))
        .innerJoin(users, eq(users.id, mealPosts.authorId))
        .innerJoin(neighbourhoods, eq(neighbourhoods.code, mealPosts.neighbourhoodCode))
        .leftJoin(chatMembers, and(eq(chatMembers.roomId, mealPosts.chatRoomId), eq(chatMembers.userId, sql.placeholder('viewer'))))
        .orderBy(desc(mealPosts.createdAt), desc(mealPosts.id))
        .prepare(`${name}_page`),
      count: db.select({ n: count() }).from(mealPosts).where(where).prepare(`${name}_count`),
    };
  });

const boards = Object.fromEntries(
  (['dong', 'sigungu'] as const).flatMap((scope) =>
    [false, true].flatMap((byCategory) => [false, true].map((open) => [`${scope}|${byCategory}|${open}`, boardQueries(scope, byCategory, open)])),
  ),
);

/** The board of the viewer's dong (or the whole sigungu), newest first: two statements. */
export async function listPosts(db: Db, viewer: User, { category, scope, status, page, size }: ListPostsQuery) {
  const queries = boards[`${scope}|${Boolean(category)}|${status === 'open'}`]!(db);
  const params = {
    place: scope === 'sigungu' ? viewer.neighbourhoodCode.slice(0, 5) : viewer.neighbourhoodCode,
    category: category ?? null,
    viewer: viewer.id,
    limit: size,
    offset: (page - 1) * size,
  };
  const [rows, [total]] = await Promise.all([queries.page.execute(params), queries.count.execute(params)]);
  return { items: rows.map(toPostView), page: pageInfo(page, size, total?.n ?? 0) };
}

export async function getPost(db: Db, id: number, viewerId: number | null): Promise<MealPostView> {
  const [row] = await selectPosts(db, viewerId).where(eq(mealPosts.id, id));
  if (!row) throw notFound('글을 찾을 수 없습니다.');
  return toPostView(row);
}

export async function getPostByRoom(db: Db, roomId: number, viewerId: number | null): Promise<MealPostView | null> {
  const [row] = await selectPosts(db, viewerId).where(eq(mealPosts.chatRoomId, roomId));
  return row ? toPostView(row) : null;
}

/** Open posts per category in one dong: what neighbours are organising right now. */
export async function openPostCountsByCategory(db: Db, neighbourhoodCode: string) {
  const rows = await db
    .select({ category: mealPosts.category, n: count() })
    .from(mealPosts)
    .innerJoin(chatRooms, eq(chatRooms.id, mealPosts.chatRoomId))
    .where(and(eq(mealPosts.neighbourhoodCode, neighbourhoodCode), eq(chatRooms.isClosed, false)))
    .groupBy(mealPosts.category);
  return rows
    .map((r) => ({ category: r.category, openPosts: Number(r.n) }))
    .sort((a, b) => b.openPosts - a.openPosts || a.category.localeCompare(b.category));
}

/**
 * The newest open posts of every neighbourhood for visitors: no author, no content, just what
 * is on offer where. Walks the (created_at) index and stops after `limit` open ones.
 */
export async function listRecentOpenPostsPublic(db: Db, limit: number) {
  const rows = await db
    .select({
      id: mealPosts.id,
      title: mealPosts.title,
      category: mealPosts.category,
      createdAt: mealPosts.createdAt,
      joinNumber: chatRooms.memberCount,
      targetNumber: chatRooms.capacity,
      neighbourhood: { sigungu: neighbourhoods.sigungu, dong: neighbourhoods.dong },
    })
    .from(mealPosts)
    .innerJoin(chatRooms, eq(chatRooms.id, mealPosts.chatRoomId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, mealPosts.neighbourhoodCode))
    .where(eq(chatRooms.isClosed, false))
    .orderBy(desc(mealPosts.createdAt), desc(mealPosts.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, targetNumber: r.targetNumber ?? 0, createdAt: r.createdAt.toISOString() }));
}

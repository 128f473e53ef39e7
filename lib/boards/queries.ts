import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMembers, chatRooms, mealPosts, neighbourhoods, users, type ChatRoom, type MealPost, type User } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/http/pagination';
import type { ListPostsQuery, MealPostView } from './schema';

const selection = (viewerId: number | null) => ({
  post: mealPosts,
  room: chatRooms,
  author: { id: users.id, username: users.username, isActive: users.isActive },
  neighbourhood: { code: neighbourhoods.code, sido: neighbourhoods.sido, sigungu: neighbourhoods.sigungu, dong: neighbourhoods.dong },
  isJoined:
    viewerId === null
      ? sql<boolean>`false`
      : sql<boolean>`exists (select 1 from ${chatMembers} where ${chatMembers.roomId} = ${mealPosts.chatRoomId} and ${chatMembers.userId} = ${viewerId})`,
});

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

const selectPosts = (db: Db, viewerId: number | null) =>
  db
    .select(selection(viewerId))
    .from(mealPosts)
    .innerJoin(chatRooms, eq(chatRooms.id, mealPosts.chatRoomId))
    .innerJoin(users, eq(users.id, mealPosts.authorId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, mealPosts.neighbourhoodCode));

/**
 * The board of the viewer's dong (or the whole sigungu), newest first: one query for the
 * page and one for the count, each served by a (place, [category,] created_at) index.
 */
export async function listPosts(db: Db, viewer: User, { category, scope, page, size }: ListPostsQuery) {
  const place: SQL =
    scope === 'sigungu'
      ? eq(mealPosts.sigunguCode, viewer.neighbourhoodCode.slice(0, 5))
      : eq(mealPosts.neighbourhoodCode, viewer.neighbourhoodCode);
  const where = and(place, category ? eq(mealPosts.category, category) : undefined);
  const [rows, [total]] = await Promise.all([
    selectPosts(db, viewer.id)
      .where(where)
      .orderBy(desc(mealPosts.createdAt), desc(mealPosts.id))
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(mealPosts).where(where),
  ]);
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

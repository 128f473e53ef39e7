import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedPerDb } from '@/db/prepared';
import { chatMembers, chatRooms, mealPostCounts, mealPosts, neighbourhoods, users, type ChatRoom, type MealPost, type User } from '@/db/schema';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { notFound } from '@/lib/core/domain-error';
import { trustBadgeColumns } from '@/lib/trust/columns';
import { windowedCountCap, windowedPageInfo } from '@/lib/core/pagination';
import { lastOwnWrite } from '@/lib/core/own-writes';
import { boardPageKey, boardPages, postDetails, type SharedBoardPage } from './board-cache';
import type { ListPostsQuery, MealPostView } from './schema';

const selection = {
  post: mealPosts,
  room: chatRooms,
  author: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey, ...trustBadgeColumns },
  neighbourhood: { code: neighbourhoods.code, sido: neighbourhoods.sido, sigungu: neighbourhoods.sigungu, dong: neighbourhoods.dong },
  isJoined: sql<boolean>`${chatMembers.userId} is not null`,
};

type Row = {
  post: MealPost;
  room: ChatRoom;
  author: UserRefSource;
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
  verifiedOnly: r.post.verifiedOnly,
  hiddenAt: r.post.hiddenAt?.toISOString() ?? null,
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
 * Newest first in the order the (place, [category,] created_at, id) indexes hold, which drizzle
 * made `desc nulls last`: a plain `desc` means `nulls first`, which no index provides, so
 * PostgreSQL read and sorted the whole neighbourhood for every page (45 ms at 200,000 posts).
 */
const newestFirst = [sql`${mealPosts.createdAt} desc nulls last`, sql`${mealPosts.id} desc nulls last`];

/**
 * The board's statements for each (scope, with or without category, all or open posts),
 * prepared once per database: the page as everyone sees it (its ids walked in the
 * (place, [category,] created_at, id) index, so a deep offset reads index entries only, then
 * just those rows joined) with the board's total, and the total alone for a page past the end.
 * The total of all posts is the exact counter meal_post_counts (kept by a trigger), one key
 * lookup whatever the neighbourhood holds. Open posts change with their rooms and have no
 * counter: they are counted up to `cap` (windowedCountCap), exact below it and a floor at it,
 * which only the home page's first page asks for.
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
    const total = openOnly
      ? sql<number>`(select count(*)::int from (select 1 from ${mealPosts} where ${where} limit ${sql.placeholder('cap')}) capped)`
      : sql<number>`coalesce((select ${mealPostCounts.posts} from ${mealPostCounts} where ${mealPostCounts.place} = ${sql.placeholder('place')} and ${mealPostCounts.category} = ${byCategory ? sql.placeholder('category') : ''}), 0)`;
    const pageIds = db
      .select({ id: mealPosts.id })
      .from(mealPosts)
      .where(where)
      .orderBy(...newestFirst)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .as('page_ids');
    const { isJoined: _perViewer, ...shared } = selection;
    const name = `board_${scope}${byCategory ? '_category' : ''}${openOnly ? '_open' : ''}`;
    return {
      page: db
        .select({ ...shared, isJoined: sql<boolean>`false`, total: total.as('total') })
        .from(mealPosts)
        .innerJoin(pageIds, eq(pageIds.id, mealPosts.id))
        .innerJoin(chatRooms, eq(chatRooms.id, mealPosts.chatRoomId))
        .innerJoin(users, eq(users.id, mealPosts.authorId))
        .innerJoin(neighbourhoods, eq(neighbourhoods.code, mealPosts.neighbourhoodCode))
        .orderBy(...newestFirst)
        .prepare(`${name}_page`),
      count: db.select({ n: total.as('n') }).from(sql`(select 1) as one`).prepare(`${name}_count`),
    };
  });

const boards = Object.fromEntries(
  (['dong', 'sigungu'] as const).flatMap((scope) =>
    [false, true].flatMap((byCategory) => [false, true].map((open) => [`${scope}|${byCategory}|${open}`, boardQueries(scope, byCategory, open)])),
  ),
);

type BoardParams = { place: string; category: string | null; openOnly: boolean; limit: number; offset: number; cap: number };

async function loadSharedPage(db: Db, scope: Scope, params: BoardParams) {
  const queries = boards[`${scope}|${Boolean(params.category)}|${params.openOnly}`]!(db);
  const rows = await queries.page.execute(params);
  const total = rows[0]?.total ?? (params.offset ? ((await queries.count.execute(params))[0]?.n ?? 0) : 0);
  return { items: rows.map(toPostView), total };
}

/** Whose board a page is: the viewer's id (their memberships and own hidden posts) and their dong. */
export type BoardViewer = Pick<User, 'id' | 'neighbourhoodCode'>;

/**
 * A board page as everyone sees it (shared, served while one request reloads it, and never
 * older than the viewer's own last write: board-cache.ts); `boardForViewer` makes it theirs.
 */
export function sharedBoardPage(db: Db, viewer: BoardViewer, query: ListPostsQuery) {
  const { category, scope, status, page, size } = query;
  const place = scope === 'sigungu' ? viewer.neighbourhoodCode.slice(0, 5) : viewer.neighbourhoodCode;
  return boardPages.get(
    boardPageKey(place, query),
    () =>
      loadSharedPage(db, scope, {
        place,
        category: category ?? null,
        openOnly: status === 'open',
        limit: size,
        offset: (page - 1) * size,
        cap: windowedCountCap(page, size),
      }),
    lastOwnWrite(viewer.id),
  );
}

/** The shared page as the viewer sees it, given rooms they are in (its posts' or more: only those are looked up). */
export function boardForViewer(shared: SharedBoardPage, viewer: BoardViewer, { page, size }: ListPostsQuery, joined: ReadonlySet<number>) {
  return {
    // The shared page keeps hidden posts so their authors still find them (marked); everyone
    // else loses them here. Hidden posts are rare: a page comes up short by them, no statement is added.
    items: shared.items.filter((p) => !p.hiddenAt || p.author.id === viewer.id).map((p) => ({ ...p, isJoined: joined.has(p.chatRoomId) })),
    page: windowedPageInfo(page, size, shared.total),
  };
}

/**
 * The board of the viewer's dong (or the whole sigungu), newest first (all posts, or only the
 * open ones): the shared page, then the viewer's memberships among its rooms.
 */
export async function listPosts(db: Db, viewer: BoardViewer, query: ListPostsQuery) {
  const shared = await sharedBoardPage(db, viewer, query);
  return boardForViewer(shared, viewer, query, await joinedRooms(db, viewer.id, shared.items.map((p) => p.chatRoomId)));
}

const membershipsAmong = preparedPerDb((db) =>
  db
    .select({ roomId: chatMembers.roomId })
    .from(chatMembers)
    .where(and(eq(chatMembers.userId, sql.placeholder('userId')), sql`${chatMembers.roomId} = any(${sql.placeholder('roomIds')}::int[])`))
    .prepare('board_memberships'),
);

async function joinedRooms(db: Db, userId: number, roomIds: number[]): Promise<Set<number>> {
  if (!roomIds.length) return new Set();
  const rows = await membershipsAmong(db).execute({ userId, roomIds });
  return new Set(rows.map((r) => r.roomId));
}

/**
 * A post as it is now, read through: what a write answers with (its own request's events are
 * not delivered yet, so the shared page below may still hold the post as it was).
 */
export async function readPost(db: Db, id: number, viewerId: number | null): Promise<MealPostView> {
  const [row] = await selectPosts(db, viewerId).where(eq(mealPosts.id, id));
  if (!row) throw notFound('글을 찾을 수 없습니다.');
  return toPostView(row);
}

/**
 * A post as every viewer sees it (shared like the board's pages: board-cache.ts), then whether
 * the viewer is in its room, one primary-key probe. A missing post is not kept: it may be written next.
 */
export async function getPost(db: Db, id: number, viewerId: number | null): Promise<MealPostView> {
  const post = await postDetails.get(
    String(id),
    () => readPost(db, id, null),
    viewerId === null ? 0 : lastOwnWrite(viewerId),
  );
  // A hidden post is gone for everyone but its author, who sees it marked.
  if (post.hiddenAt && post.author.id !== viewerId) throw notFound('글을 찾을 수 없습니다.');
  if (viewerId === null) return post;
  return { ...post, isJoined: (await joinedRooms(db, viewerId, [post.chatRoomId])).has(post.chatRoomId) };
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
    .where(and(eq(mealPosts.neighbourhoodCode, neighbourhoodCode), eq(chatRooms.isClosed, false), isNull(mealPosts.hiddenAt)))
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
    .where(and(eq(chatRooms.isClosed, false), isNull(mealPosts.hiddenAt)))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map((r) => ({ ...r, targetNumber: r.targetNumber ?? 0, createdAt: r.createdAt.toISOString() }));
}

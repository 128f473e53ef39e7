import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  communityComments,
  communityPosts,
  communityPostTags,
  communityPostViews,
  communityTags,
  neighbourhoods,
  users,
  type CommunityPost,
  type User,
} from '@/db/schema';
import { containsPattern } from '@/db/like';
import { toUserRef, type UserRefSource } from '@/lib/accounts/user-ref';
import { notFound } from '@/lib/core/domain-error';
import { isForeignKeyViolation } from '@/lib/core/pg-errors';
import { pageInfo } from '@/lib/core/pagination';
import { lastOwnWrite } from '@/lib/core/own-writes';
import { sharedBody, sharedPages } from '@/lib/core/shared-pages';
import { categoriesMatching } from './categories';
import type { CommunityCommentView, CommunityPostView, ListPostsQuery } from './schema';

const authorColumns = { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey };
const neighbourhoodColumns = { code: neighbourhoods.code, sido: neighbourhoods.sido, sigungu: neighbourhoods.sigungu, dong: neighbourhoods.dong };

type Row = {
  post: CommunityPost;
  author: UserRefSource;
  neighbourhood: CommunityPostView['neighbourhood'];
  tags: string[];
};

const toView = ({ tags, ...r }: Row): CommunityPostView => ({
  id: r.post.id,
  title: r.post.title,
  category: r.post.category,
  content: r.post.content,
  tags,
  viewCount: r.post.viewCount,
  commentCount: r.post.commentCount,
  author: toUserRef(r.author),
  neighbourhood: r.neighbourhood,
  hiddenAt: r.post.hiddenAt?.toISOString() ?? null,
  createdAt: r.post.createdAt.toISOString(),
  updatedAt: r.post.updatedAt.toISOString(),
});

/** A post's tags in name order, read in the post's own statement (a list page is one query). */
const tagNames = sql<string[]>`coalesce((
  select array_agg(t.name order by t.name) from ${communityPostTags} pt join ${communityTags} t on t.id = pt.tag_id
  where pt.post_id = ${communityPosts.id}), '{}')`;

const selectPosts = (db: Db) =>
  db
    .select({ post: communityPosts, author: authorColumns, neighbourhood: neighbourhoodColumns, tags: tagNames })
    .from(communityPosts)
    .innerJoin(users, eq(users.id, communityPosts.authorId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.code, communityPosts.neighbourhoodCode));

const taggedWith = (condition: SQL) =>
  sql`exists (select 1 from ${communityPostTags} pt join ${communityTags} t on t.id = pt.tag_id where pt.post_id = ${communityPosts.id} and ${condition})`;

type PostPage = { items: CommunityPostView[]; page: ReturnType<typeof pageInfo> };
/** A list as everyone in the place sees it, and who wrote a hidden post there (they see it too). */
type SharedList = { view: PostPage; hiddenAuthors: number[] };

/**
 * Lists as every neighbour sees them, shared by place and query (lib/core/shared-pages.ts); any
 * post or comment change (`community:changed`, `community:deleted`, `community:comment`) marks
 * them all changed in every process, and a deleted or hidden post is never served from an older
 * page. View counts may lag by a second.
 */
const sharedLists = sharedPages<SharedList>('community-lists');
export const forgetCommunityLists = ({ removed = false } = {}) => (removed ? sharedLists.forgetRemoved() : sharedLists.forget());

/**
 * The viewer's dong (or 시군구), newest first, filtered by category, tag and search words: `q`
 * matches the title or content (trigram index), a category label, or part of a tag name. The
 * list is the same for everyone there, so it is shared; an author of a hidden post there sees
 * their own list (with it).
 */
export async function listPosts(db: Db, viewer: User, query: ListPostsQuery): Promise<PostPage> {
  const place = query.scope === 'sigungu' ? viewer.neighbourhoodCode.slice(0, 5) : viewer.neighbourhoodCode;
  const shared = await sharedLists.get(
    `${place}|${JSON.stringify(query)}`,
    async () => {
      const loaded = await searchPosts(db, place, null, query);
      return { ...loaded, view: sharedBody(loaded.view) };
    },
    lastOwnWrite(viewer.id),
  );
  if (!shared.hiddenAuthors.includes(viewer.id)) return shared.view;
  return (await searchPosts(db, place, viewer.id, query)).view;
}

async function searchPosts(db: Db, place: string, viewerId: number | null, query: ListPostsQuery): Promise<SharedList> {
  const { category, tag, q, page, size } = query;
  const inPlace = place.length === 5 ? eq(communityPosts.sigunguCode, place) : eq(communityPosts.neighbourhoodCode, place);
  const where: (SQL | undefined)[] = [
    inPlace,
    category ? eq(communityPosts.category, category) : undefined,
    tag ? taggedWith(sql`t.name = ${tag}`) : undefined,
    // Hidden posts stay in their author's lists only.
    or(isNull(communityPosts.hiddenAt), eq(communityPosts.authorId, viewerId ?? 0)),
  ];
  if (q) {
    const pattern = containsPattern(q);
    const categories = categoriesMatching(q);
    where.push(
      or(
        ilike(communityPosts.searchText, pattern),
        categories.length ? inArray(communityPosts.category, categories) : undefined,
        taggedWith(sql`t.name ilike ${containsPattern(q.replace(/[#\s]+/g, ''))}`),
      ),
    );
  }
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    selectPosts(db)
      .where(condition)
      .orderBy(desc(communityPosts.createdAt), desc(communityPosts.id))
      .limit(size)
      .offset((page - 1) * size),
    db
      .select({
        n: count(),
        // Few posts are hidden; read with the count, which always has its one row.
        hiddenAuthors: sql<number[]>`(select coalesce(array_agg(distinct h.author_id), '{}') from ${communityPosts} h where h.hidden_at is not null and ${place.length === 5 ? sql`h.sigungu_code = ${place}` : sql`h.neighbourhood_code = ${place}`})`,
      })
      .from(communityPosts)
      .where(condition),
  ]);
  return { view: { items: rows.map(toView), page: pageInfo(page, size, total?.n ?? 0) }, hiddenAuthors: (total?.hiddenAuthors ?? []).map(Number) };
}

export async function getPost(db: Db, id: number): Promise<CommunityPostView> {
  const [row] = await selectPosts(db).where(eq(communityPosts.id, id));
  if (!row) throw notFound('글을 찾을 수 없습니다.');
  return toView(row);
}

/**
 * Reading a post: a signed-in reader's first read inserts their post_views row and only then
 * bumps the counter, so reloads, tabs and concurrent requests of one user count once.
 * Anonymous reads count nothing.
 */
export async function viewPost(db: Db, id: number, viewerId: number | null): Promise<CommunityPostView> {
  const post = await getPost(db, id);
  // A hidden post is gone for everyone but its author, who sees it marked.
  if (post.hiddenAt && post.author.id !== viewerId) throw notFound('글을 찾을 수 없습니다.');
  if (viewerId === null) return post;
  const counted = await db
    .transaction(async (tx) => {
      const inserted = await tx
        .insert(communityPostViews)
        .values({ postId: id, userId: viewerId })
        .onConflictDoNothing()
        .returning({ postId: communityPostViews.postId });
      if (!inserted.length) return null;
      const [row] = await tx
        .update(communityPosts)
        .set({ viewCount: sql`${communityPosts.viewCount} + 1` })
        .where(eq(communityPosts.id, id))
        .returning({ viewCount: communityPosts.viewCount });
      return row?.viewCount ?? null;
    })
    .catch((error: unknown) => {
      // Deleted between the read and the view.
      if (isForeignKeyViolation(error)) throw notFound('글을 찾을 수 없습니다.');
      throw error;
    });
  return counted === null ? post : { ...post, viewCount: counted };
}

const toCommentView = (r: { comment: typeof communityComments.$inferSelect; author: Row['author'] }): CommunityCommentView => ({
  id: r.comment.id,
  postId: r.comment.postId,
  parentId: r.comment.parentId,
  content: r.comment.content,
  author: toUserRef(r.author),
  hiddenAt: r.comment.hiddenAt?.toISOString() ?? null,
  createdAt: r.comment.createdAt.toISOString(),
  updatedAt: r.comment.updatedAt.toISOString(),
});

export const selectComments = (db: Db) =>
  db
    .select({ comment: communityComments, author: authorColumns })
    .from(communityComments)
    .innerJoin(users, eq(users.id, communityComments.authorId));

export async function getComment(db: Db, id: number): Promise<CommunityCommentView> {
  const [row] = await selectComments(db).where(eq(communityComments.id, id));
  if (!row) throw notFound('댓글을 찾을 수 없습니다.');
  return toCommentView(row);
}

const parent = alias(communityComments, 'parent');

/**
 * A post's comments, oldest first (a conversation reads top to bottom), each top-level comment
 * followed by its replies (oldest first): threads are ordered by their top-level comment.
 */
export async function listComments(db: Db, postId: number, { page, size }: { page: number; size: number }, viewerId: number | null = null) {
  const [post] = await db.select({ commentCount: communityPosts.commentCount }).from(communityPosts).where(eq(communityPosts.id, postId));
  if (!post) throw notFound('글을 찾을 수 없습니다.');
  const rows = await selectComments(db)
    .leftJoin(parent, eq(parent.id, communityComments.parentId))
    // Hidden comments stay with their authors only (the page's total still counts them).
    .where(and(eq(communityComments.postId, postId), or(isNull(communityComments.hiddenAt), eq(communityComments.authorId, viewerId ?? 0))))
    .orderBy(
      asc(sql`coalesce(${parent.createdAt}, ${communityComments.createdAt})`),
      asc(sql`coalesce(${parent.id}, ${communityComments.id})`),
      sql`${communityComments.parentId} nulls first`,
      asc(communityComments.createdAt),
      asc(communityComments.id),
    )
    .limit(size)
    .offset((page - 1) * size);
  return { items: rows.map(toCommentView), page: pageInfo(page, size, post.commentCount) };
}

import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, unique, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { id, ref, timestampNow, timestamps, timestamptz } from './columns';
import { userRef } from './accounts';
import { neighbourhoodRef, sigunguOf } from './neighbourhoods';
import { communityCategories, type CommunityCategory } from '../constants/community';

export const communityPosts = pgTable(
  'community_posts',
  {
    id: id(),
    authorId: userRef('restrict'),
    neighbourhoodCode: neighbourhoodRef(),
    sigunguCode: sigunguOf(),
    title: text().notNull(),
    category: text().$type<CommunityCategory>().notNull(),
    content: text().notNull(),
    /** What `q` searches besides the category label and the tags (a trigram index serves it). */
    searchText: text()
      .notNull()
      .generatedAlwaysAs(sql`title || ' ' || content`),
    /** Bumped only when a post_views row was inserted: one view per signed-in user. */
    viewCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    /** Set by reports reaching the threshold or by an admin: off every list but its author's view. */
    hiddenAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    check('community_posts_category_check', sql.raw(`category in (${communityCategories.map((c) => `'${c}'`).join(', ')})`)),
    check('community_posts_counts_check', sql`view_count >= 0 and comment_count >= 0`),
    index('community_posts_dong_created_idx').on(t.neighbourhoodCode, t.createdAt.desc(), t.id.desc()),
    index('community_posts_dong_category_created_idx').on(t.neighbourhoodCode, t.category, t.createdAt.desc(), t.id.desc()),
    index('community_posts_sigungu_created_idx').on(t.sigunguCode, t.createdAt.desc(), t.id.desc()),
    index('community_posts_sigungu_category_created_idx').on(t.sigunguCode, t.category, t.createdAt.desc(), t.id.desc()),
    // The daily write limit counts one author's posts since Seoul midnight.
    index('community_posts_author_created_idx').on(t.authorId, t.createdAt),
    index('community_posts_search_text_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const communityTags = pgTable(
  'community_tags',
  {
    id: id(),
    name: varchar({ length: 20 }).notNull(),
  },
  (t) => [
    uniqueIndex('community_tags_name_idx').on(t.name),
    index('community_tags_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

export const communityPostTags = pgTable(
  'community_post_tags',
  {
    postId: ref(() => communityPosts.id, 'cascade'),
    tagId: ref(() => communityTags.id, 'cascade'),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tagId] }), index('community_post_tags_tag_post_idx').on(t.tagId, t.postId)],
);

export const communityPostViews = pgTable(
  'community_post_views',
  {
    postId: ref(() => communityPosts.id, 'cascade'),
    userId: userRef('cascade'),
    createdAt: timestampNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index('community_post_views_user_id_idx').on(t.userId)],
);

export const communityComments = pgTable(
  'community_comments',
  {
    id: id(),
    postId: ref(() => communityPosts.id, 'cascade'),
    authorId: userRef('restrict'),
    /** A reply's top-level comment (one level only: the domain refuses a reply to a reply). */
    parentId: integer(),
    content: text().notNull(),
    /** Set by reports reaching the threshold or by an admin: off every list but its author's view. */
    hiddenAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('community_comments_post_created_idx').on(t.postId, t.createdAt, t.id),
    index('community_comments_author_id_idx').on(t.authorId),
    // The target of the reply foreign key below: a reply's parent is a comment of the same post.
    unique('community_comments_post_id_id_unique').on(t.postId, t.id),
    foreignKey({ columns: [t.postId, t.parentId], foreignColumns: [t.postId, t.id], name: 'community_comments_parent_fk' }).onDelete('cascade'),
    index('community_comments_parent_id_idx').on(t.parentId),
  ],
);

export type CommunityPost = typeof communityPosts.$inferSelect;
export type CommunityComment = typeof communityComments.$inferSelect;

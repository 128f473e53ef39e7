import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, ref, timestamps, timestamptz } from './columns';
import { userRef } from './accounts';
import { chatRooms } from './chat';
import { neighbourhoodRef, sigunguOf } from './neighbourhoods';
import { mealCategories, type MealCategory } from '../constants/boards';

export const mealPosts = pgTable(
  'meal_posts',
  {
    id: id(),
    authorId: userRef('restrict'),
    neighbourhoodCode: neighbourhoodRef(),
    /** The first five digits of a 행정동 code are its 시군구; scope=sigungu filters on them. */
    sigunguCode: sigunguOf(),
    title: text().notNull(),
    category: text().$type<MealCategory>().notNull(),
    content: text().notNull(),
    /**
     * The post's chat room holds its counters: capacity = targetNumber, memberCount =
     * joinNumber, isClosed = isComplete. Deleting the room deletes the post.
     */
    chatRoomId: ref(() => chatRooms.id, 'cascade'),
    /** Only neighbours with a current 동네인증 in the post's 시군구 may join (lib/trust/policy.ts). */
    verifiedOnly: boolean().notNull().default(false),
    /** Set by reports reaching the threshold or by an admin: off every list but its author's view. */
    hiddenAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    check('meal_posts_category_check', sql.raw(`category in (${mealCategories.map((c) => `'${c}'`).join(', ')})`)),
    index('meal_posts_dong_created_idx').on(t.neighbourhoodCode, t.createdAt.desc(), t.id.desc()),
    index('meal_posts_dong_category_created_idx').on(t.neighbourhoodCode, t.category, t.createdAt.desc(), t.id.desc()),
    // The signed-out home page lists the newest posts of every neighbourhood.
    index('meal_posts_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('meal_posts_sigungu_created_idx').on(t.sigunguCode, t.createdAt.desc(), t.id.desc()),
    index('meal_posts_sigungu_category_created_idx').on(t.sigunguCode, t.category, t.createdAt.desc(), t.id.desc()),
    uniqueIndex('meal_posts_chat_room_id_idx').on(t.chatRoomId),
    index('meal_posts_author_id_idx').on(t.authorId),
  ],
);

export type MealPost = typeof mealPosts.$inferSelect;

/**
 * How many posts each board holds, kept exact by a statement trigger on meal_posts (migration
 * 0032): `place` is a dong code (10 digits) or a 시군구 code (5), `category` '' for every
 * category. A board page reads its total here instead of counting the neighbourhood.
 */
export const mealPostCounts = pgTable(
  'meal_post_counts',
  {
    place: text().notNull(),
    category: text().notNull(),
    posts: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.place, t.category] })],
);

import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { chatRooms } from './chat';
import { neighbourhoods } from './neighbourhoods';
import { mealCategories, type MealCategory } from '../constants/boards';

export const mealPosts = pgTable(
  'meal_posts',
  {
    id: serial().primaryKey(),
    authorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    neighbourhoodCode: varchar({ length: 10 })
      .notNull()
      .references(() => neighbourhoods.code),
    /** The first five digits of a 행정동 code are its 시군구; scope=sigungu filters on them. */
    sigunguCode: varchar({ length: 5 })
      .notNull()
      .generatedAlwaysAs(sql`substr(neighbourhood_code, 1, 5)`),
    title: text().notNull(),
    category: text().$type<MealCategory>().notNull(),
    content: text().notNull(),
    /**
     * The post's chat room holds its counters: capacity = targetNumber, memberCount =
     * joinNumber, isClosed = isComplete. Deleting the room deletes the post.
     */
    chatRoomId: integer()
      .notNull()
      .references(() => chatRooms.id, { onDelete: 'cascade' }),
    /** Set by reports reaching the threshold or by an admin: off every list but its author's view. */
    hiddenAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
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

import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/** One menu conversation per user per Seoul day; `messages` is the whole exchange, oldest first. */
export const menuChats = pgTable(
  'menu_chats',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
    messages: jsonb().$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.day] }),
    index('menu_chats_day_idx').on(t.day),
    check('menu_chats_messages_array', sql`jsonb_typeof(${t.messages}) = 'array'`),
  ],
);

export type MenuChat = typeof menuChats.$inferSelect;

import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { userRef } from './accounts';
import { timestamps } from './columns';

/** One menu conversation per user per Seoul day; `messages` is the whole exchange, oldest first. */
export const menuChats = pgTable(
  'menu_chats',
  {
    userId: userRef('cascade'),
    day: date({ mode: 'string' }).notNull(),
    messages: jsonb().$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.day] }),
    index('menu_chats_day_idx').on(t.day),
    check('menu_chats_messages_array', sql`jsonb_typeof(${t.messages}) = 'array'`),
  ],
);

export type MenuChat = typeof menuChats.$inferSelect;

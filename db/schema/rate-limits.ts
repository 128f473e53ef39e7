import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

// Store of rate-limiter-flexible's RateLimiterDrizzle: shared by every app process on one database.
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  points: integer().notNull(),
  expire: timestamptz(),
});

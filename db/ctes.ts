import type { SQL } from 'drizzle-orm';
import type { Db } from './client';

/**
 * A named CTE in raw SQL. A statement that writes several tables at once (a message with its rate
 * point and its event) is a chain of these: PostgreSQL runs data-modifying CTEs only at the top
 * level of a statement.
 */
export type Cte = { name: string; body: SQL };

/** `db.with(…)` over raw-SQL CTEs, in order; the statement's own select follows. */
export const withCtes = (db: Db, ctes: Cte[]) => db.with(...ctes.map(({ name, body }) => db.$with(name, {}).as(body)));

import { sql } from 'drizzle-orm';

/**
 * A LIMIT written into the statement's text rather than sent as a parameter. PostgreSQL costs a
 * parameter LIMIT as a tenth of the rows, so the generic plan of a walk that stops after a page
 * looks far dearer than the custom plans, and the statement is planned again on every call.
 * Each distinct size is its own prepared statement: use it for the few sizes a page can have.
 * drizzle writes any SQL chunk given to `.limit()` as is; its type only names numbers.
 */
export function literalLimit(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a LIMIT must be a whole number, got ${n}`);
  return sql.raw(String(n)) as unknown as number;
}

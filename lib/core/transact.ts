import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { pgErrorCode } from './pg-errors';

/** Deadlock and serialization failures: PostgreSQL rolled the transaction back; running it again is safe. */
const TRANSIENT = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 4;

const isTransaction = (db: Db) => 'rollback' in db;

/**
 * One transaction, run again (a bounded number of times, after a short random pause) when
 * PostgreSQL reports a deadlock or a serialization failure, so such an error never reaches a
 * client. Inside an outer transaction it is a plain savepoint: only the outermost one retries.
 * The body must have no effects outside the database (record events instead).
 */
export async function transact<T>(db: Db, body: (tx: Db) => Promise<T>): Promise<T> {
  if (isTransaction(db)) return db.transaction(body);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(body);
    } catch (error) {
      const code = pgErrorCode(error);
      if (!code || !TRANSIENT.has(code) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/**
 * Selected as a column by any statement of a transaction: its commit does not wait for the WAL
 * flush (the setting is read at commit, so any statement may carry it, and carrying it costs no
 * statement of its own). For changes a database crash may lose without harm (a read marker, a
 * reaction, the dispatcher's "delivered" mark): the client already has its answer and the next
 * read or toggle writes it again, and they no longer queue for the disk with the messages and
 * payments whose commits must be durable.
 */
export const commitWithoutFlush = sql<string>`set_config('synchronous_commit', 'off', true)`;

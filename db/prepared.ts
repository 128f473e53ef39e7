import type { Db } from './client';

/**
 * A query prepared once per database handle: drizzle then skips building its SQL on every call,
 * which is most of a hot query's cost in Node (auth on every request, the board list).
 * Transactions are handles of their own, so this is for queries run on the process's db.
 */
export function preparedPerDb<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let prepared = cache.get(db);
    if (!prepared) {
      prepared = build(db);
      cache.set(db, prepared);
    }
    return prepared;
  };
}

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { processSingleton } from '@/lib/core/process-singleton';
import { env } from '@/lib/env';

/**
 * A client or a transaction: domain functions accept either. Without drizzle's relational
 * schema (no `db.query.*` here): drizzle builds a query builder per table for every transaction
 * it opens, about 25 µs and 40 kB each, and the event dispatcher alone opens dozens a second.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Database =
  | { engine: 'postgres'; db: Db; url: string; client: postgres.Sql; close(): Promise<void> }
  | { engine: 'pglite'; db: Db; pglite: PGlite; close(): Promise<void> };

export type DatabaseOptions = { url?: string; pgliteDir?: string };

/** Every extension a migration creates must be loaded here too, or PGlite cannot create it. */
const pgliteExtensions = { btree_gist, pg_trgm };

/**
 * drizzle runs its unnamed queries through postgres.js `unsafe(…, { prepare: false })`, so
 * PostgreSQL parses and plans every statement again; preparing them (postgres.js caches them
 * per connection by text) made list requests about 3x cheaper. Transactions and savepoints
 * hand out their own clients, which get the same treatment.
 */
function preparedStatements<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'unsafe') {
        return (query: string, params?: unknown[], options?: object) =>
          (value as (q: string, p?: unknown[], o?: object) => unknown).call(target, query, params, { ...options, prepare: true });
      }
      if (prop === 'begin' || prop === 'savepoint') {
        return (...args: unknown[]) => {
          const callback = args.at(-1) as (tx: object) => unknown;
          return (value as (...a: unknown[]) => unknown).call(target, ...args.slice(0, -1), (tx: object) => callback(preparedStatements(tx)));
        };
      }
      return value;
    },
  });
}

export function openDatabase({ url, pgliteDir }: DatabaseOptions): Database {
  if (url) {
    const client = postgres(url, {
      max: env().DATABASE_POOL_SIZE,
      onnotice: () => {},
      // postgres.js throws on an undefined parameter while building the query, and when other
      // queries are pipelined on that connection the throw leaves it out of step with the server:
      // later queries of unrelated requests then fail. NULL (what PGlite sends) keeps one bug local.
      transform: { undefined: null },
    });
    const db = drizzlePostgres({ client: preparedStatements(client), casing: 'snake_case' }) as unknown as Db;
    return { engine: 'postgres', db, url, client, close: () => client.end({ timeout: 5 }) };
  }
  // No dir means in-memory (tests).
  if (pgliteDir) mkdirSync(pgliteDir, { recursive: true });
  const pglite = new PGlite({ dataDir: pgliteDir, extensions: pgliteExtensions });
  const db = drizzlePglite({ client: pglite, casing: 'snake_case' }) as unknown as Db;
  return { engine: 'pglite', db, pglite, close: () => pglite.close() };
}

/** The same connection with every SQL statement reported: for statement-count tests and benchmarks. */
export function withQueryLog(database: Database, onQuery: (query: string, params: unknown[]) => void): Database {
  const logger = { logQuery: (query: string, params: unknown[]) => onQuery(query, params) };
  const db =
    database.engine === 'pglite'
      ? (drizzlePglite({ client: database.pglite, casing: 'snake_case', logger }) as unknown as Db)
      : (drizzlePostgres({ client: preparedStatements(database.client), casing: 'snake_case', logger }) as unknown as Db);
  return { ...database, db };
}

/** PGlite must never open the same folder twice: one database for server.ts and Next's bundles. */
const slot = processSingleton('database', () => ({ database: undefined as Database | undefined }));

/** The one database of this process. */
export function getDatabase(): Database {
  slot.database ??= openDatabase({ url: env().DATABASE_URL, pgliteDir: env().PGLITE_DIR });
  return slot.database;
}

export function getDb(): Db {
  return getDatabase().db;
}

/** Tests and tools install their own database as the process-wide one. */
export function setDatabase(database: Database | undefined) {
  slot.database = database;
}

export async function closeDatabase() {
  const database = slot.database;
  slot.database = undefined;
  await database?.close();
}

import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import type { Database } from './client';

const defaultMigrationsFolder = path.join(process.cwd(), 'db/migrations');
// Any constant works; it only has to be the same in every process migrating this database.
const MIGRATION_LOCK_ID = 727_001;

/**
 * Applies pending migrations, then runs `andThen` (the demo seed) still holding the lock. On
 * PostgreSQL several processes may start at once, and drizzle's migrator takes no lock, so it
 * runs under a session advisory lock on its own single connection: the second process waits,
 * then finds the database migrated and seeded. `migrationsFolder` is for tests that migrate part
 * of the way (a data update tested on a database holding the old codes).
 */
export async function migrateDatabase(database: Database, andThen?: () => Promise<void>, migrationsFolder = defaultMigrationsFolder) {
  if (database.engine === 'pglite') {
    await migratePglite(drizzlePglite({ client: database.pglite }), { migrationsFolder });
    await andThen?.();
    return;
  }
  const client = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(drizzle({ client }), { migrationsFolder });
    await andThen?.();
  } finally {
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => {});
    await client.end({ timeout: 5 });
  }
}

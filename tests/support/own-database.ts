import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '@/db/client';
import { withDatabase } from './global-setup';

/**
 * An empty database of a test file's own, for migrating it step by step: on the PostgreSQL pass
 * a new database beside the run's template, otherwise an in-memory PGlite. `drop` closes it and,
 * on PostgreSQL, drops it.
 */
export async function ownDatabase(suffix: string): Promise<{ database: Database; drop(): Promise<void> }> {
  const templateUrl = inject('templateDatabaseUrl');
  if (!templateUrl) {
    const database = openDatabase({});
    return { database, drop: () => database.close() };
  }
  const name = `${new URL(templateUrl).pathname.slice(1)}_${suffix}_${process.pid}`;
  const admin = postgres(withDatabase(templateUrl, 'postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const database = openDatabase({ url: withDatabase(templateUrl, name) });
  return {
    database,
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

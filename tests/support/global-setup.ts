import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { seedJejuBoundaries } from '../../db/seed/boundaries';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string | null;
  }
}

/**
 * With DATABASE_URL, the suite runs against that PostgreSQL server in databases of its own:
 * one migrated template per run, copied for each worker, all dropped at the end.
 */
export default async function setup(project: TestProject) {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    project.provide('templateDatabaseUrl', null);
    return;
  }
  const run = `dongne_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${run}`);
  const templateUrl = withDatabase(baseUrl, run);
  const template = openDatabase({ url: templateUrl });
  await migrateDatabase(template);
  await seedJejuBoundaries(template.db);
  await template.close();
  project.provide('templateDatabaseUrl', templateUrl);

  return async () => {
    const dbs = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${run + '%'}`;
    for (const { datname } of dbs) await admin.unsafe(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

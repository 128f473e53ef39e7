import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import webpush from 'web-push';
import { afterEach, beforeAll, inject } from 'vitest';
import { openDatabase, setDatabase, type Database } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { seedJejuBoundaries } from '../../db/seed/boundaries';
import { forgetAllFamilies } from '../../lib/accounts/token-families';
import { forgetAllUsers } from '../../lib/auth/user-cache';
import { forgetAllLikedSpaces } from '../../lib/spaces/liked-spaces';
import { forgetDirectRooms } from '../../lib/chat/mutations';
import { boardPages } from '../../lib/boards/board-cache';
import { settleBackground } from '../../lib/core/background';
import { forgetAllSharedPages } from '../../lib/core/shared-pages';
import { startDispatcher } from '../../lib/events/dispatcher';
import { registerConsumers } from '../../lib/realtime/consumers';
import { setWorkerDispatcher, withoutWorkerDispatcher } from './events';
import { registerPaymentPurposes } from '../../lib/process/register';
import { withDatabase } from './global-setup';

process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123456789';
// Cheap hashes in tests; production uses OWASP's cost (lib/accounts/password.ts).
process.env.PASSWORD_HASH_MEMORY_KIB ??= '256';
// Mail sent without a test SMTP server goes to a throwaway folder, not the project's .data/.
process.env.MAIL_DIR ??= mkdtempSync(path.join(tmpdir(), 'dongne-mail-'));
// Web Push is on in tests (lib/push); production takes the pair from the environment.
if (!process.env.VAPID_PUBLIC_KEY) {
  const keys = webpush.generateVAPIDKeys();
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
}
// What server.ts registers at start (it is idempotent: files in a worker share the registry).
registerPaymentPurposes();

const key = Symbol.for('dongne.test.database');
type TestGlobal = typeof globalThis & { [key]?: Promise<{ database: Database; tables: string[] }> };

/** Reference data loaded once per database, kept between tests. */
const referenceTables = ['neighbourhoods', 'neighbourhood_boundaries', 'neighbourhood_code_changes'];

async function createWorkerDatabase() {
  const templateUrl = inject('templateDatabaseUrl');
  let database: Database;
  if (templateUrl) {
    const template = new URL(templateUrl).pathname.slice(1);
    const name = `${template}_w${process.env.VITEST_POOL_ID ?? '0'}_${process.pid}`;
    const admin = postgres(withDatabase(templateUrl, 'postgres'), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${template}`);
    await admin.end();
    database = openDatabase({ url: withDatabase(templateUrl, name) });
  } else {
    database = openDatabase({});
    await migrateDatabase(database);
    await seedJejuBoundaries(database.db);
  }
  const rows = (await database.db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' and tablename not in (${sql.join(referenceTables.map((t) => sql`${t}`), sql`, `)})`,
  )) as unknown as { rows?: { tablename: string }[] } & { tablename: string }[];
  // postgres.js returns an array, PGlite an object with rows.
  const tables = (rows.rows ?? rows).map((r) => `"${r.tablename}"`);
  // Every worker delivers events as a server process does (socket tests attach their own Socket.IO server).
  registerConsumers();
  setWorkerDispatcher(startDispatcher(database));
  return { database, tables };
}

beforeAll(async () => {
  const g = globalThis as TestGlobal;
  g[key] ??= createWorkerDatabase();
  const { database } = await g[key];
  setDatabase(database);
});

afterEach(async () => {
  // Mail a request started after answering must not write into the next test's tables.
  await settleBackground();
  // Ids restart with every test: a page cached by the last test would describe other rows.
  boardPages.clear();
  forgetAllSharedPages();
  forgetAllUsers();
  forgetAllFamilies();
  forgetDirectRooms();
  forgetAllLikedSpaces();
  const { database, tables } = await (globalThis as TestGlobal)[key]!;
  // The dispatcher reads these tables in its own transactions: TRUNCATE would deadlock with it.
  if (tables.length) await withoutWorkerDispatcher(() => database.db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`)));
});

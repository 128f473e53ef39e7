import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownDatabase } from '@/tests/support/own-database';
import type { Database } from './client';
import { migrateDatabase } from './migrate';
import { rowsOf } from './rows';

type Entry = { tag: string; when: number };
const journal = () => JSON.parse(readFileSync(path.join(process.cwd(), 'db/migrations/meta/_journal.json'), 'utf8')) as { entries: Entry[] };

/** A copy of the migrations folder with only the first `count` migrations, as a database deployed then would have had them. */
function firstMigrations(count: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dongne-migrations-'));
  cpSync(path.join(process.cwd(), 'db/migrations'), dir, { recursive: true });
  const file = path.join(dir, 'meta/_journal.json');
  const copy = journal();
  copy.entries = copy.entries.slice(0, count);
  writeFileSync(file, JSON.stringify(copy));
  return dir;
}

// 0034's time came before 0033's; 0035 applies it to the databases that skipped it.
const REPAIRED = new Set(['0034_chat_search_text']);

describe('migrations', () => {
  it('are timed in order: drizzle applies only a migration newer than the last one a database has', () => {
    const { entries } = journal();
    const late = entries.filter((e, i) => i > 0 && e.when <= Math.max(...entries.slice(0, i).map((p) => p.when)) && !REPAIRED.has(e.tag));
    expect(late.map((e) => e.tag)).toEqual([]);
  });

  describe('a database migrated through 0033, upgraded', () => {
    let database: Database;
    let drop = async () => {};

    beforeAll(async () => {
      ({ database, drop } = await ownDatabase('upgrade'));
      const through0033 = journal().entries.findIndex((e) => e.tag === '0033_map_position') + 1;
      await migrateDatabase(database, undefined, firstMigrations(through0033));
      await migrateDatabase(database);
    });

    afterAll(() => drop());

    it("gets chat search's stored text and its index (0034, through 0035)", async () => {
      const columns = rowsOf<{ column_name: string }>(
        await database.db.execute(sql`select column_name from information_schema.columns where table_name = 'chat_messages' and column_name = 'search_text'`),
      );
      const indexes = rowsOf<{ indexname: string }>(await database.db.execute(sql`select indexname from pg_indexes where tablename = 'chat_messages' and indexname like 'chat_messages_search%'`));
      expect(columns.map((c) => c.column_name)).toEqual(['search_text']);
      expect(indexes.map((i) => i.indexname)).toEqual(['chat_messages_search_text_idx']);
    });

    it("keeps the search index's pending list small, set in place (0037)", async () => {
      const options = rowsOf<{ reloptions: string[] }>(await database.db.execute(sql`select reloptions from pg_class where relname = 'chat_messages_search_text_idx'`));
      expect(options).toEqual([{ reloptions: ['gin_pending_list_limit=256'] }]);
    });

    it('migrating again changes nothing', async () => {
      await expect(migrateDatabase(database)).resolves.toBeUndefined();
    });
  });
});

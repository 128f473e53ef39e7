/**
 * npm run data:boundaries FILE — loads dong boundaries (admdongkor's HangJeongDong_verYYYYMMDD.geojson,
 * about 30 MB, or the 제주 sample in data/) into neighbourhood_boundaries, replacing the dongs it holds.
 * Uses DATABASE_URL or the PGlite folder, like the server (stop a PGlite server first: one process only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeDatabase, getDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { loadBoundaries } from '../lib/neighbourhoods/boundaries';

const [, , file] = process.argv;
if (!file) {
  console.error('usage: npm run data:boundaries FILE (e.g. HangJeongDong_ver20231001.geojson)');
  process.exit(1);
}
const database = getDatabase();
try {
  await migrateDatabase(database);
  const { loaded, skipped } = await loadBoundaries(database.db, JSON.parse(readFileSync(file, 'utf8')), path.basename(file));
  console.log(`loaded ${loaded} boundaries from ${file} (${database.engine})`);
  if (skipped.length) console.warn(`skipped ${skipped.length} codes not in the neighbourhood table: ${skipped.slice(0, 20).join(' ')}`);
} finally {
  await closeDatabase();
}

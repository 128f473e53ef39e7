/**
 * Fails when the browser bundle carries the database schema or zod: reads the chunks that `next
 * build` left in .next/static (npm run test:e2e builds first) and looks for drizzle's table
 * marker, for every table, index and constraint name that db/schema declares, and for zod's brand
 * symbol (zod and the endpoint schemas were a third of every page's JavaScript; components reach
 * endpoints through lib/http/routes.ts instead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '@/db/schema';

const staticDir = path.join(process.cwd(), '.next', 'static');

function schemaNames(): string[] {
  const names = new Set<string>();
  for (const value of Object.values(schema)) {
    if (!(value instanceof PgTable)) continue;
    const table = getTableConfig(value);
    // A one-word table name ("games", "users") is also an ordinary word in URLs and query keys.
    if (table.name.includes('_')) names.add(table.name);
    for (const index of table.indexes) if (index.config.name) names.add(index.config.name);
    for (const check of table.checks) names.add(check.name);
    for (const unique of table.uniqueConstraints) if (unique.name) names.add(unique.name);
    for (const foreignKey of table.foreignKeys) names.add(foreignKey.getName());
  }
  return [...names];
}

const chunks = readdirSync(staticDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
  .map((entry) => path.join(entry.parentPath, entry.name));
if (chunks.length === 0) throw new Error(`no client chunks under ${staticDir}: run \`npm run build\` first`);

const names = schemaNames();
// Quoted, as a string literal in minified code: a bare name could be part of a longer word.
const needles = ['drizzle:Name', ...names.flatMap((name) => [`"${name}"`, `'${name}'`, `\`${name}\``])];
const found: string[] = [];
const zod: string[] = [];
for (const chunk of chunks) {
  const text = readFileSync(chunk, 'utf8');
  for (const needle of needles) if (text.includes(needle)) found.push(`${path.relative(process.cwd(), chunk)}: ${needle}`);
  if (text.includes('"zod_brand"')) zod.push(path.relative(process.cwd(), chunk));
}

if (found.length) console.error(`The browser bundle contains the database schema:\n  ${found.join('\n  ')}`);
if (zod.length) console.error(`The browser bundle contains zod (a client module imports a schema; use lib/http/routes.ts and zod-free label modules):\n  ${zod.join('\n  ')}`);
if (found.length || zod.length) process.exit(1);
console.log(`> client bundle: ${chunks.length} chunks, none of ${names.length} schema names nor drizzle's table marker, no zod`);

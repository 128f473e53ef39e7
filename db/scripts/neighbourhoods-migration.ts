/**
 * Writes a neighbourhood data update as a drizzle migration, so every database (production
 * included) gets the same reference rows, and every stored code that the update retired moves to
 * its successor in the same transaction as the new rows (drizzle runs pending migrations in one).
 *
 * Inputs, all in data/:
 *   kr-admin-dongs.csv               the snapshot (code, sido, sigungu, dong, lat, lng), upserted by code
 *   kr-admin-dong-code-changes.csv   old_code,new_code,kind for every code of the previous snapshot that is gone
 *   kr-admin-dong-split-parents.csv  dongs that kept their code but lost area to a new dong (optional)
 *
 * A later snapshot is a data-only change: replace the CSVs, then
 *   npx drizzle-kit generate --custom --name neighbourhoods_<date>
 *   npx tsx db/scripts/neighbourhoods-migration.ts <date> db/migrations/<that file>.sql
 * Users moved by a `split`, and users of a split parent, are asked to confirm their dong on their
 * next visit and lose their 동네인증 (their position may now be in the other dong).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

type Row = { code: string; sido: string; sigungu: string; dong: string; lat: string; lng: string };
type Change = { old_code: string; new_code: string; kind: string };
type SplitParent = { code: string; snapshot: string };

/** Every table holding a neighbourhood code; games also keep their 시군구 (the code's first five digits) in a plain column. */
const referencingTables: { table: string; also?: string }[] = [
  { table: 'users' },
  { table: 'meal_posts' },
  { table: 'community_posts' },
  { table: 'games', also: ', "sigungu_code" = substr(c."new_code", 1, 5)' },
  { table: 'venues' },
  { table: 'spaces' },
];

const [, , snapshot, target] = process.argv;
if (!snapshot || !/^\d{4}-\d{2}-\d{2}$/.test(snapshot) || !target) {
  throw new Error('usage: neighbourhoods-migration.ts <snapshot YYYY-MM-DD> <migration.sql>');
}

const csv = <T>(file: string): T[] => parse(readFileSync(file), { columns: true, skip_empty_lines: true });
const rows = csv<Row>('data/kr-admin-dongs.csv');
const changes = existsSync('data/kr-admin-dong-code-changes.csv') ? csv<Change>('data/kr-admin-dong-code-changes.csv') : [];
const splitParents = existsSync('data/kr-admin-dong-split-parents.csv')
  ? csv<SplitParent>('data/kr-admin-dong-split-parents.csv').filter((p) => p.snapshot === snapshot)
  : [];

const codes = new Set(rows.map((r) => r.code));
if (codes.size !== rows.length) throw new Error('duplicate codes in kr-admin-dongs.csv');
for (const c of changes) {
  if (!codes.has(c.new_code)) throw new Error(`successor ${c.new_code} of ${c.old_code} is not in the snapshot`);
  if (codes.has(c.old_code)) throw new Error(`retired code ${c.old_code} is still in the snapshot`);
  if (!['recode', 'rename', 'split'].includes(c.kind)) throw new Error(`unknown kind ${c.kind}`);
}
for (const p of splitParents) if (!codes.has(p.code)) throw new Error(`split parent ${p.code} is not in the snapshot`);

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const number = (s: string) => {
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${s}`);
  return String(n);
};

const statements: string[] = [];
for (let i = 0; i < rows.length; i += 500) {
  const values = rows
    .slice(i, i + 500)
    .map((r) => `(${quote(r.code)}, ${quote(r.sido)}, ${quote(r.sigungu)}, ${quote(r.dong)}, ${number(r.lat)}, ${number(r.lng)})`)
    .join(',\n');
  statements.push(
    `INSERT INTO "neighbourhoods" ("code", "sido", "sigungu", "dong", "lat", "lng") VALUES\n${values}\n` +
      `ON CONFLICT ("code") DO UPDATE SET "sido" = excluded."sido", "sigungu" = excluded."sigungu", ` +
      `"dong" = excluded."dong", "lat" = excluded."lat", "lng" = excluded."lng";`,
  );
}

if (changes.length) {
  const s = quote(snapshot);
  const values = changes.map((c) => `(${quote(c.old_code)}, ${quote(c.new_code)}, ${quote(c.kind)}, ${s})`).join(',\n');
  const thisSnapshot = `c."snapshot" = ${s}`;
  const clearVerification =
    '"neighbourhood_verified_code" = null, "neighbourhood_verified_until" = null, ' +
    '"neighbourhood_verification_method" = null, "neighbourhood_verification_accuracy" = null';
  statements.push(
    `INSERT INTO "neighbourhood_code_changes" ("old_code", "new_code", "kind", "snapshot") VALUES\n${values}\n` +
      `ON CONFLICT ("old_code") DO UPDATE SET "new_code" = excluded."new_code", "kind" = excluded."kind", "snapshot" = excluded."snapshot";`,
    // An earlier change that led to a code retired now leads on to its successor.
    `UPDATE "neighbourhood_code_changes" AS o SET "new_code" = c."new_code" FROM "neighbourhood_code_changes" AS c ` +
      `WHERE o."new_code" = c."old_code" AND ${thisSnapshot};`,
    // Before the move, while the old code still tells who was in an abolished-and-split dong.
    `UPDATE "users" AS u SET "neighbourhood_needs_confirmation" = true, ${clearVerification} FROM "neighbourhood_code_changes" AS c ` +
      `WHERE u."neighbourhood_code" = c."old_code" AND c."kind" = 'split' AND ${thisSnapshot};`,
    ...referencingTables.map(
      ({ table, also = '' }) =>
        `UPDATE "${table}" AS t SET "neighbourhood_code" = c."new_code"${also} FROM "neighbourhood_code_changes" AS c ` +
        `WHERE t."neighbourhood_code" = c."old_code" AND ${thisSnapshot};`,
    ),
    // Same area under a new code: a verification stays valid.
    `UPDATE "users" AS u SET "neighbourhood_verified_code" = c."new_code" FROM "neighbourhood_code_changes" AS c ` +
      `WHERE u."neighbourhood_verified_code" = c."old_code" AND ${thisSnapshot};`,
    `DELETE FROM "neighbourhoods" WHERE "code" IN (SELECT c."old_code" FROM "neighbourhood_code_changes" AS c WHERE ${thisSnapshot});`,
  );
  if (splitParents.length) {
    statements.push(
      `UPDATE "users" SET "neighbourhood_needs_confirmation" = true, ${clearVerification} ` +
        `WHERE "neighbourhood_code" IN (${splitParents.map((p) => quote(p.code)).join(', ')});`,
    );
  }
}

writeFileSync(
  target,
  `-- Generated by db/scripts/neighbourhoods-migration.ts from data/kr-admin-dongs.csv (${rows.length} rows, snapshot ${snapshot}),\n` +
    `-- ${changes.length} code changes and ${splitParents.length} split parents.\n` +
    statements.join('\n--> statement-breakpoint\n') +
    '\n',
);
console.log(`wrote ${rows.length} neighbourhoods and ${changes.length} code changes to ${target}`);

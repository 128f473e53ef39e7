import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { games, mealPosts, neighbourhoodCodeChanges, neighbourhoods, spaces, users, venues } from '@/db/schema';
import { createPost } from '@/lib/boards/mutations';
import { createGame } from '@/lib/games/mutations';
import { createSpace } from '@/lib/spaces/mutations';
import { createSpaceBody } from '@/lib/spaces/schema';
import { postInput } from '../support/boards';
import { createUser } from '../support/factories';
import { gameInput } from '../support/games';
import { ownDatabase } from '../support/own-database';
import { spaceBody } from '../support/spaces';

const UPDATE = '0024_neighbourhoods_20231001';
const SINBUK_OLD = '4211025000'; // 강원도 춘천시 신북읍 → 강원특별자치도 (recode)
const SINBUK_NEW = '5111025000';
const OPO_OLD = '4161025000'; // 경기도 광주시 오포읍, abolished and split
const OPO1 = '4161058000';
const GASUWON = '3017059000'; // kept its code, lost 도안동

/**
 * A copy of the migrations folder whose journal is changed by `edit`. The database is made at
 * today's schema without the data update (so the factories' inserts fit it), then the update runs
 * last, as it would on a server that had every other migration.
 */
function migrationsFolder(edit: (entries: { tag: string; when: number }[]) => { tag: string; when: number }[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dongne-migrations-'));
  cpSync(path.join(process.cwd(), 'db/migrations'), dir, { recursive: true });
  const journalFile = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string; when: number }[] };
  journal.entries = edit(journal.entries);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}
const withoutUpdate = () => migrationsFolder((entries) => entries.filter((e) => e.tag !== UPDATE));
const withUpdateLast = () =>
  migrationsFolder((entries) => {
    const last = Math.max(...entries.map((e) => e.when));
    return [...entries.filter((e) => e.tag !== UPDATE), { ...entries.find((e) => e.tag === UPDATE)!, when: last + 1 }];
  });

let database: Database;
let drop = async () => {};

beforeAll(async () => {
  ({ database, drop } = await ownDatabase('update'));
  await migrateDatabase(database, undefined, withoutUpdate());
});

afterAll(() => drop());

describe('the 2023-10-01 neighbourhood data update', () => {
  it('moves users, posts, games, venues and spaces to the successors in one migration; split users confirm', async () => {
    const { db } = database;
    const now = new Date();
    const recoded = await createUser({ neighbourhoodCode: SINBUK_OLD, neighbourhoodVerifiedCode: SINBUK_OLD, neighbourhoodVerifiedUntil: new Date(now.getTime() + 86_400_000) }, db);
    const split = await createUser({ neighbourhoodCode: OPO_OLD, neighbourhoodVerifiedCode: OPO_OLD, neighbourhoodVerifiedUntil: new Date(now.getTime() + 86_400_000) }, db);
    const parent = await createUser({ neighbourhoodCode: GASUWON }, db);
    const post = await createPost(db, recoded, postInput());
    const game = await createGame(db, recoded, gameInput(now, { neighbourhoodCode: SINBUK_OLD, lat: 37.96, lng: 127.73 }), () => now);
    const [venue] = await db.insert(venues).values({ name: '신북 체육관', address: '춘천시 신북읍 1', neighbourhoodCode: SINBUK_OLD, lat: 37.96, lng: 127.73 }).returning();
    const space = await createSpace(db, split, createSpaceBody.parse(spaceBody({ neighbourhoodCode: OPO_OLD, address: '광주시 오포읍 1' })));

    await migrateDatabase(database, undefined, withUpdateLast());

    const [u1, u2, u3] = await Promise.all([recoded, split, parent].map(async (u) => (await db.select().from(users).where(eq(users.id, u.id)))[0]!));
    expect(u1).toMatchObject({ neighbourhoodCode: SINBUK_NEW, neighbourhoodVerifiedCode: SINBUK_NEW, neighbourhoodNeedsConfirmation: false });
    expect(u2).toMatchObject({ neighbourhoodCode: OPO1, neighbourhoodVerifiedCode: null, neighbourhoodNeedsConfirmation: true });
    expect(u3).toMatchObject({ neighbourhoodCode: GASUWON, neighbourhoodNeedsConfirmation: true });
    expect((await db.select().from(mealPosts).where(eq(mealPosts.id, post.id)))[0]).toMatchObject({ neighbourhoodCode: SINBUK_NEW, sigunguCode: '51110' });
    expect((await db.select().from(games).where(eq(games.id, game.id)))[0]).toMatchObject({ neighbourhoodCode: SINBUK_NEW, sigunguCode: '51110' });
    expect((await db.select().from(venues).where(eq(venues.id, venue!.id)))[0]?.neighbourhoodCode).toBe(SINBUK_NEW);
    expect((await db.select().from(spaces).where(eq(spaces.id, space.id)))[0]?.neighbourhoodCode).toBe(OPO1);

    const left = await db.select().from(neighbourhoods).where(inArray(neighbourhoods.code, [SINBUK_OLD, OPO_OLD]));
    expect(left).toEqual([]);
    expect(await db.$count(neighbourhoods)).toBe(3524);
    expect(await db.$count(neighbourhoodCodeChanges)).toBe(200);
    const [sinbuk] = await db.select().from(neighbourhoods).where(eq(neighbourhoods.code, SINBUK_NEW));
    expect(sinbuk).toMatchObject({ sido: '강원특별자치도', dong: '신북읍' });
  });
});

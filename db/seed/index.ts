import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema';
import { seedBoards } from './boards';
import { seedJejuBoundaries } from './boundaries';
import { seedCommunity } from './community';
import { seedSpaces } from './spaces';
import { seedGames } from './games';
import { DEMO_USERS, isEmpty, seedUsers } from './users';

/** Demo data for a living app on an empty database; later features add their part here. */
export async function seedDemo(db: Db) {
  await seedJejuBoundaries(db);
  await seedUsers(db);
  const demoUsers = await db.select().from(users).where(inArray(users.email, DEMO_USERS.map((u) => u.email)));
  const byEmail = new Map(demoUsers.map((u) => [u.email, u]));
  const posts = await seedBoards(db, byEmail);
  const community = await seedCommunity(db, byEmail);
  const spaces = await seedSpaces(db, byEmail);
  const games = await seedGames(db, byEmail);
  return { users: demoUsers.length, posts, community, spaces, games };
}

export const needsSeed = isEmpty;

import type { Db } from '../client';
import { isEmpty, seedUsers } from './users';

/** Demo data for a living app; later features add their part here. Idempotent. */
export async function seedDemo(db: Db) {
  const created = await seedUsers(db);
  return { users: created.length };
}

export const needsSeed = isEmpty;

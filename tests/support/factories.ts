import { getDb, type Db } from '../../db/client';
import { users, type User } from '../../db/schema';
import { hashPassword } from '../../lib/accounts/password';
import { issueTokens } from '../../lib/accounts/tokens';
import { sessionCookieHeader } from '../../lib/auth/session-cookie';

export const PASSWORD = 'password123';
export const YONGDAM2 = '5011058000';
export const CHEONGUN = '1111051500';

let hash: Promise<string> | undefined;
let seq = 0;

export async function createUser(overrides: Partial<typeof users.$inferInsert> = {}, db: Db = getDb()): Promise<User> {
  hash ??= hashPassword(PASSWORD);
  seq += 1;
  const [user] = await db
    .insert(users)
    .values({
      email: `user${seq}-${process.pid}@dongne.test`,
      username: `이웃${seq}`,
      passwordHash: await hash,
      neighbourhoodCode: YONGDAM2,
      // Verified by default, like most real accounts; pass emailVerifiedAt: null for the other kind.
      emailVerifiedAt: new Date(),
      ...overrides,
    })
    .returning();
  return user!;
}

export async function bearerFor(user: User) {
  const { accessToken } = await issueTokens(getDb(), user);
  return { authorization: `Bearer ${accessToken}` };
}

/** A browser session cookie as next-auth would set it, plus the same-origin headers a browser sends. */
export async function cookieFor(user: User) {
  const setCookie = await sessionCookieHeader(user, false);
  return { cookie: setCookie.split(';')[0]!, origin: 'http://localhost', host: 'localhost' };
}

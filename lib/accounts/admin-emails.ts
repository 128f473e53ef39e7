import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, type User } from '@/db/schema';
import { userChanged } from '@/lib/accounts/events';
import { recordEvents } from '@/lib/events/record';
import { env } from '@/lib/env';

/** The comma-separated ADMIN_EMAILS, lower-cased. */
export const configuredAdminEmails = () => env().ADMIN_EMAILS.map((e) => e.toLowerCase());

/**
 * Makes these accounts admins (ADMIN_EMAILS at start and login, `npm run admin:grant`).
 * No audit row: no admin acted; later grants and revocations go through the console.
 */
export async function grantAdminByEmail(db: Db, emails: string[]) {
  const wanted = emails.map((e) => e.trim().toLowerCase()).filter(Boolean);
  if (!wanted.length) return [];
  return db.transaction(async (tx) => {
    const granted = await tx
      .update(users)
      .set({ role: 'admin', updatedAt: new Date() })
      .where(and(inArray(sql`lower(${users.email})`, wanted), eq(users.role, 'member')))
      .returning();
    await recordEvents(tx, granted.map((u) => userChanged(u.id)));
    return granted;
  });
}

/** At login: an account listed in ADMIN_EMAILS that signed up after the server started. */
export async function withConfiguredRole(db: Db, user: User): Promise<User> {
  if (user.role === 'admin' || !configuredAdminEmails().includes(user.email.toLowerCase())) return user;
  const [granted] = await grantAdminByEmail(db, [user.email]);
  return granted ?? user;
}

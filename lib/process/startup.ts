import type { Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { ensureAuthSecret } from '@/lib/core/auth-secret';
import { ensureVapidKeys } from '@/lib/push/vapid';
import { provideEnv, type Env } from '@/lib/env';
import { resetPresence } from '@/lib/friends/mutations';
import { configuredAdminEmails, grantAdminByEmail } from '@/lib/accounts/admin-emails';

/** Sessions need a secret (development makes one); next-auth needs to know whom to trust. */
export function configureAuth(env: Env, { dev }: { dev: boolean }) {
  ensureAuthSecret(!dev);
  ensureVapidKeys(!dev);
  // Without a configured public URL, next-auth builds its URLs from the Host header.
  if (!env.NEXTAUTH_URL) provideEnv('AUTH_TRUST_HOST', 'true');
  if (!dev && !env.NEXTAUTH_URL && !env.APP_ORIGINS.length) {
    console.warn("> NEXTAUTH_URL is not set: links in mail (password reset, verification) follow each request's Host header");
  }
}

/**
 * Migrations and, under the same lock, `seed` (processes starting together seed once); then
 * what a fresh start needs: no stale presence, the configured admins.
 */
export async function prepareDatabase(database: Database, { alone, seed }: { alone: boolean; seed?: () => Promise<void> }) {
  await migrateDatabase(database, seed);
  // One process alone: nobody can be connected yet, whatever a crash left marked online.
  if (alone) await resetPresence(database.db);
  const admins = await grantAdminByEmail(database.db, configuredAdminEmails());
  if (admins.length) console.log(`> ADMIN_EMAILS: ${admins.map((a) => a.email).join(', ')} are admins now`);
}

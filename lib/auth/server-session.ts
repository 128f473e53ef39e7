import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { findActiveUser, getMe } from '@/lib/accounts/queries';
import type { Me } from '@/lib/accounts/schema';
import { readSessionCookie } from './session-cookie';

/** The signed-in user for server components, or null; same checks as the API's cookie path. */
export async function getSessionUser(): Promise<Me | null> {
  const jar = await cookies();
  const claims = await readSessionCookie(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
  if (!claims) return null;
  const db = getDb();
  const user = await findActiveUser(db, claims.userId);
  if (!user || user.tokenVersion !== claims.tokenVersion) return null;
  return getMe(db, user.id);
}

export async function requireSessionUser(returnTo: string): Promise<Me> {
  const me = await getSessionUser();
  if (!me) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return me;
}

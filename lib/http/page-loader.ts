import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import type { Me } from '@/lib/accounts/schema';
import { getSessionUser } from '@/lib/auth/server-session';
import { DomainError } from '@/lib/core/domain-error';
import type { z } from '@/lib/core/zod';

export type PageContext<P, M> = { db: Db; params: P; me: M };

type PageLoad<S extends z.ZodType, T, M> = {
  /** The page's `params` (a promise in Next 16) or a plain object. */
  params: unknown;
  /** The same zod schema the API route parses these params with. */
  schema: S;
  load: (ctx: PageContext<z.output<S>, M>) => Promise<T>;
};

const loginPath = (returnTo: string) => `/login?callbackUrl=${encodeURIComponent(returnTo)}`;

/**
 * What handle() is to route handlers, for server pages that read one thing: params that do
 * not parse and the domain's not-found and forbidden become the 404 page (a 404 hides what
 * the caller may not see, as the API does), a missing session becomes the login redirect.
 * With `signIn` the page is for signed-in users only and `me` is never null.
 */
export async function loadPage<S extends z.ZodType, T>(
  page: PageLoad<S, T, Me> & { signIn: (params: z.output<S>) => string },
): Promise<PageContext<z.output<S>, Me> & { data: T }>;
export async function loadPage<S extends z.ZodType, T>(page: PageLoad<S, T, Me | null>): Promise<PageContext<z.output<S>, Me | null> & { data: T }>;
export async function loadPage<S extends z.ZodType, T>(
  page: PageLoad<S, T, never> & { signIn?: (params: z.output<S>) => string },
): Promise<PageContext<z.output<S>, Me | null> & { data: T }> {
  const parsed = page.schema.safeParse(await page.params);
  if (!parsed.success) notFound();
  const params = parsed.data as z.output<S>;
  const me = await getSessionUser();
  const returnTo = page.signIn?.(params);
  if (returnTo && !me) redirect(loginPath(returnTo));
  const db = getDb();
  try {
    // The overloads tie `me` to `signIn`: without a session and with signIn we redirected above.
    return { db, params, me, data: await page.load({ db, params, me: me as never }) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === 'not_found' || error.code === 'forbidden') notFound();
    if (error.code === 'unauthenticated') redirect(loginPath(returnTo ?? '/'));
    throw error;
  }
}

/** For generateMetadata: the same read without the 404 and login side effects, null when it fails. */
export async function peekPage<S extends z.ZodType, T>(page: PageLoad<S, T, null>): Promise<T | null> {
  const parsed = page.schema.safeParse(await page.params);
  if (!parsed.success) return null;
  return page.load({ db: getDb(), params: parsed.data as z.output<S>, me: null }).catch(() => null);
}

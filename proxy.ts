import { NextResponse, type NextRequest } from 'next/server';
import { readPendingSignup } from '@/lib/auth/session-cookie';
import { env } from '@/lib/env';
import { pageContentSecurityPolicy } from '@/lib/http/security-headers';

// Pages a pending Kakao signup may still see: the onboarding page, login (to start over), docs.
const OPEN_TO_PENDING = /^\/(onboarding|login|docs)(\/|$)/;

/**
 * A first Kakao login must choose its neighbourhood before anything else: while the session
 * cookie holds a pending signup, every other page leads to the onboarding page. (Redirects only:
 * such a cookie is anonymous to every route and API anyway.)
 */
async function pendingSignupRedirect(request: NextRequest) {
  if (OPEN_TO_PENDING.test(request.nextUrl.pathname)) return null;
  const cookies = Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value]));
  if (!Object.keys(cookies).some((name) => name.includes('next-auth.session-token'))) return null;
  if (!(await readPendingSignup(cookies))) return null;
  const next = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  return NextResponse.redirect(new URL(`/onboarding/kakao?next=${encodeURIComponent(next)}`, request.url));
}

/**
 * Every page gets a Content-Security-Policy with a fresh nonce: set on the request, Next reads
 * it and stamps the nonce on its own inline and chunk scripts (Next's CSP guide).
 */
export async function proxy(request: NextRequest) {
  const redirect = await pendingSignupRedirect(request);
  if (redirect) return redirect;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = pageContentSecurityPolicy({
    nonce,
    host: request.headers.get('host') ?? request.nextUrl.host,
    dev: env().NODE_ENV !== 'production',
    tileUrl: env().MAP_TILE_URL,
    toss: !!env().TOSS_CLIENT_KEY,
  });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  // Pages only: not the API (server.ts gives it a fixed policy), Next's assets or files;
  // prefetches carry no HTML to protect.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|.*\\..*).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};

import { NextResponse, type NextRequest } from 'next/server';
import { readPendingSignup } from '@/lib/auth/session-cookie';

/**
 * A first Kakao login must choose its neighbourhood before anything else: while the session
 * cookie holds a pending signup, every page leads to the onboarding page. (Redirects only:
 * such a cookie is anonymous to every route and API anyway.)
 */
export async function proxy(request: NextRequest) {
  const cookies = Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value]));
  if (!Object.keys(cookies).some((name) => name.includes('next-auth.session-token'))) return NextResponse.next();
  if (!(await readPendingSignup(cookies))) return NextResponse.next();
  const next = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  return NextResponse.redirect(new URL(`/onboarding/kakao?next=${encodeURIComponent(next)}`, request.url));
}

export const config = {
  // Pages only: not the API, Next's assets, files, the onboarding page, or login (to start over).
  matcher: ['/((?!api/|_next/|onboarding|login|docs|.*\\..*).*)'],
};

import { env } from '@/lib/env';

const trustProxy = () => env().TRUST_PROXY;
const first = (value: string | null | undefined) => value?.split(',')[0]?.trim() || undefined;

/**
 * The origin (scheme + host) a request was sent to. X-Forwarded-Host/-Proto are the client's
 * to invent unless a proxy we trust (TRUST_PROXY) sets them; otherwise the Host header and the
 * connection's own scheme.
 */
export function requestOrigin(headers: Headers, connectionScheme: string): string | null {
  const proxied = trustProxy();
  const host = (proxied && first(headers.get('x-forwarded-host'))) || headers.get('host');
  const scheme = (proxied && first(headers.get('x-forwarded-proto'))) || connectionScheme.replace(/:$/, '');
  if (!host) return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/** Origins besides our own that pages are served from: NEXTAUTH_URL and APP_ORIGINS. */
export function configuredOrigins(): string[] {
  const { NEXTAUTH_URL, APP_ORIGINS } = env();
  const listed = [NEXTAUTH_URL, ...APP_ORIGINS].map((s) => s?.trim()).filter(Boolean);
  return listed.flatMap((s) => {
    try {
      return [new URL(s!).origin];
    } catch {
      return [];
    }
  });
}

/**
 * Cookie-authenticated writes must come from our own pages: the browser's Origin must equal
 * the origin it is talking to, scheme included (or one in configuredOrigins), or Sec-Fetch-Site
 * must say same-origin. Bearer requests carry no ambient credentials and skip this.
 */
export function isSameOriginRequest(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (!origin) return req.headers.get('sec-fetch-site') === 'same-origin';
  return allowedOrigin(origin, requestOrigin(req.headers, new URL(req.url).protocol));
}

export function allowedOrigin(origin: string, self: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === 'null') return false;
  return parsed.origin === self || configuredOrigins().includes(parsed.origin);
}

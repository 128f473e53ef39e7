import { env } from '@/lib/env';
/**
 * Cookie-authenticated writes must come from our own pages: the browser's Origin must match
 * the host it is talking to (or an origin listed in APP_ORIGINS), or Sec-Fetch-Site must say
 * same-origin. Bearer requests carry no ambient credentials and skip this.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin) return headers.get('sec-fetch-site') === 'same-origin';
  return allowedOrigin(origin, headers.get('x-forwarded-host') ?? headers.get('host'));
}

export function allowedOrigin(origin: string, host: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host && parsed.host === host) return true;
  return env().APP_ORIGINS.includes(parsed.origin);
}

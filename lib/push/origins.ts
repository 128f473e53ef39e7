import { env } from '@/lib/env';

/**
 * Where browsers' push services live (Chrome/Android, Firefox, Safari, Edge). A subscription's
 * endpoint is a URL the server will POST to, so only these origins are accepted (SSRF): never an
 * arbitrary host, a private address or a port of the user's choosing. `WEB_PUSH_ALLOWED_ORIGINS`
 * replaces the list (tests point it at a local fake service); `*.` matches any subdomain.
 */
export const builtInPushOrigins = [
  'https://fcm.googleapis.com',
  'https://updates.push.services.mozilla.com',
  'https://web.push.apple.com',
  'https://*.notify.windows.com',
];

export const allowedPushOrigins = () => (env().WEB_PUSH_ALLOWED_ORIGINS.length ? env().WEB_PUSH_ALLOWED_ORIGINS : builtInPushOrigins);

function matches(url: URL, pattern: string) {
  const wildcard = pattern.match(/^(https?):\/\/\*\.([^/:]+)$/);
  if (wildcard) return url.protocol === `${wildcard[1]}:` && url.port === '' && url.hostname.endsWith(`.${wildcard[2]!.toLowerCase()}`);
  try {
    return url.origin === new URL(pattern).origin;
  } catch {
    return false;
  }
}

/** The endpoint parses, carries no credentials and is on an allowed push service origin. */
export function isAllowedPushEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  // Outside an explicit list, only https (the built-in list is https only anyway).
  if (url.protocol !== 'https:' && !env().WEB_PUSH_ALLOWED_ORIGINS.length) return false;
  return allowedPushOrigins().some((pattern) => matches(url, pattern));
}

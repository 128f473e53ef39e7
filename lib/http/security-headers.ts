/**
 * Security headers. server.ts sets `baseSecurityHeaders` on every response (pages, API, files);
 * proxy.ts sets the page CSP with a fresh nonce per request, which Next reads from the request
 * to stamp its own inline scripts. No Next or Node imports: both load this.
 */

/** The scheme+host of a tile URL template; `{s}` subdomains become a wildcard. */
function tileSource(template: string | undefined): string {
  const match = template?.trim().match(/^(https?:\/\/[^/]+)/);
  return match ? match[1]!.replace(/\{[^}]*\}/g, '*') : 'https://tile.openstreetmap.org';
}

export type CspOptions = {
  nonce: string;
  /** The host the browser used: Socket.IO's websocket goes there. */
  host: string;
  dev?: boolean;
  tileUrl?: string;
  /** Toss Payments' SDK, checkout frames and API calls when TOSS_CLIENT_KEY is set. */
  toss?: boolean;
};

export function pageContentSecurityPolicy({ nonce, host, dev = false, tileUrl, toss = false }: CspOptions): string {
  const tossSources = toss ? ['https://*.tosspayments.com'] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // strict-dynamic: scripts our nonce'd scripts load (chunks, the Toss SDK) are trusted too;
    // dev needs eval for React's debugging.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...tossSources, ...(dev ? ["'unsafe-eval'"] : [])],
    // React renders style attributes and Leaflet positions its tiles with inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', tileSource(tileUrl), ...tossSources],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", `ws://${host}`, `wss://${host}`, ...tossSources],
    // The service worker (/serwist/sw.js) and the install manifest are our own files.
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'frame-src': tossSources.length ? tossSources : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...tossSources],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** JSON, images and files: nothing in them may run or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function baseSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    // Geolocation for "near me" searches on our own pages only; nothing else is used.
    'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(self), usb=(), interest-cohort=()',
    'x-frame-options': 'DENY',
    ...(https && { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }),
  };
}

import { env } from '@/lib/env';
/**
 * The address people reach us at, for links in mail: NEXTAUTH_URL, else the first of
 * APP_ORIGINS, else the Host the request was sent to (Next's `req.url` names its own listen
 * address, not that). A Host header is the client's to choose, so production should set
 * NEXTAUTH_URL; server.ts warns when it doesn't.
 */
export function publicOrigin(req: Request): string {
  const { NEXTAUTH_URL, APP_ORIGINS, TRUST_PROXY: proxied } = env();
  const configured = NEXTAUTH_URL || APP_ORIGINS[0];
  if (configured) return new URL(configured).origin;
  const host = (proxied && req.headers.get('x-forwarded-host')) || req.headers.get('host');
  const proto = (proxied && req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()) || new URL(req.url).protocol.replace(':', '');
  if (!host) return new URL(req.url).origin;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return new URL(req.url).origin;
  }
}

import { configuredOrigins, requestOrigin } from '@/lib/auth/csrf';

/**
 * The address people reach us at, for links in mail: NEXTAUTH_URL, else the first of
 * APP_ORIGINS, else the origin the request was sent to (Next's `req.url` names its own listen
 * address, not that). A Host header is the client's to choose, so production should set
 * NEXTAUTH_URL; server.ts warns when it doesn't.
 */
export function publicOrigin(req: Request): string {
  const [configured] = configuredOrigins();
  if (configured) return configured;
  return requestOrigin(req.headers, new URL(req.url).protocol) ?? new URL(req.url).origin;
}

/** The address people reach us at, for links in mail: NEXTAUTH_URL when set, else the request's own origin. */
export function publicOrigin(req: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : new URL(req.url).origin;
}

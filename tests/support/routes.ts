import path from 'node:path';
import { apiRouter, type RouteHandler } from '@/lib/process/api-routes';

const router = apiRouter(path.resolve(import.meta.dirname, '../../app'));

/**
 * The handler Next (and production's direct path) runs for a document path and method:
 * `/api/posts/{id}` → app/api/posts/[id]/route.ts's export. Undefined when no file serves exactly it.
 */
export async function routeHandler(docPath: string, method: string): Promise<RouteHandler | undefined> {
  const found = router.match(docPath.replace(/\{[^}]+\}/g, '1'));
  if (!found || found.route.path.replace(/\[(?:\.\.\.)?(\w+)\]/g, '{$1}') !== docPath) return undefined;
  return (await router.handlers(found.route))[method];
}

/** The handler and params Next would pick for a concrete path and method; undefined when none answers it. */
export async function resolveRoute(pathname: string, method: string) {
  const found = router.match(pathname);
  const handler = found && (await router.handlers(found.route))[method];
  return handler ? { handler, params: found.params } : undefined;
}

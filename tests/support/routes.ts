import { readdirSync } from 'node:fs';
import path from 'node:path';

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type RouteModule = Record<string, RouteHandler>;
export type Route = { segments: string[]; module: RouteModule };

const API_DIR = path.resolve(import.meta.dirname, '../../app/api');

/** app/api/**\/route.ts, as the segments Next routes by. */
export async function loadRoutes() {
  const found: Route[] = [];
  const walk = async (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === 'route.ts') found.push({ segments, module: (await import(path.join(dir, entry.name))) as RouteModule });
    }
  };
  await walk(API_DIR, []);
  return found;
}

/** The route folder of a document path: literal segments equal, `{id}` ↔ `[id]` or `[...id]`. */
export function routeFor(routes: Route[], docPath: string) {
  const wanted = docPath.replace(/^\/api\//, '').split('/');
  return routes.find(({ segments }) => {
    if (segments.length !== wanted.length) return false;
    return segments.every((s, i) => {
      const w = wanted[i]!;
      const param = /^\{(.+)\}$/.exec(w)?.[1];
      return param ? s === `[${param}]` || s === `[...${param}]` : s === w;
    });
  });
}

/**
 * The route Next would pick for a concrete path (/api/users/me before /api/users/[id]), with its
 * params; undefined for a path no folder answers.
 */
export function matchRoute(routes: Route[], pathname: string) {
  const wanted = decodeURIComponent(pathname).replace(/^\/api\//, '').split('/');
  const candidates = routes
    .filter(({ segments }) => segments.length === wanted.length && !segments.some((s) => s.startsWith('[...')))
    .filter(({ segments }) => segments.every((s, i) => s.startsWith('[') || s === wanted[i]))
    .sort((a, b) => a.segments.filter((s) => s.startsWith('[')).length - b.segments.filter((s) => s.startsWith('[')).length);
  const route = candidates[0];
  if (!route) return undefined;
  const params = Object.fromEntries(route.segments.flatMap((s, i) => (s.startsWith('[') ? [[s.slice(1, -1), wanted[i]!]] : [])));
  return { route, params };
}

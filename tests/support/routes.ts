import { readdirSync } from 'node:fs';
import path from 'node:path';

export type RouteModule = Record<string, (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>>;

const API_DIR = path.resolve(import.meta.dirname, '../../app/api');

/** app/api/**\/route.ts, as the segments Next routes by. */
export async function loadRoutes() {
  const found: { segments: string[]; module: RouteModule }[] = [];
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
export function routeFor(routes: Awaited<ReturnType<typeof loadRoutes>>, docPath: string) {
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

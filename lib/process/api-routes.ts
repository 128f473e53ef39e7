import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;
type RouteModule = Partial<Record<string, RouteHandler>>;

type Segment = { kind: 'static'; value: string } | { kind: 'param'; name: string } | { kind: 'rest'; name: string };
type Route = { path: string; segments: Segment[]; file: string; module?: Promise<RouteModule> };

export type RouteMatch = { route: Route; params: Record<string, string | string[]> };

/** Next's order among routes that all match: a static segment beats `[id]`, which beats `[...rest]`. */
const rank = (s: Segment) => (s.kind === 'static' ? 0 : s.kind === 'param' ? 1 : 2);

function parseSegment(part: string): Segment {
  const rest = /^\[\.\.\.(\w+)\]$/.exec(part);
  if (rest) return { kind: 'rest', name: rest[1]! };
  const param = /^\[(\w+)\]$/.exec(part);
  return param ? { kind: 'param', name: param[1]! } : { kind: 'static', value: part };
}

function* routeFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* routeFiles(full);
    else if (/^route\.(ts|js)$/.test(entry.name)) yield full;
  }
}

/**
 * The `app/api` tree as a router: the same files Next serves, so paths and methods have one
 * source of truth. `skip` leaves path prefixes to Next (next-auth's own routes need its request APIs).
 * Modules load on first use, as Next compiles them, so a process starts without importing all.
 */
export function apiRouter(appDir: string, { skip = [] }: { skip?: string[] } = {}) {
  const routes: Route[] = [];
  for (const file of routeFiles(join(appDir, 'api'))) {
    const parts = relative(appDir, file).split(sep).slice(0, -1);
    const path = `/${parts.join('/')}`;
    if (skip.some((prefix) => `${path}/`.startsWith(prefix))) continue;
    routes.push({ path, segments: parts.map(parseSegment), file });
  }
  // Most specific first, segment by segment, so the first match is Next's choice.
  routes.sort((a, b) => {
    for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
      const x = a.segments[i];
      const y = b.segments[i];
      // One a prefix of the other: they never match the same path (a rest segment needs one part).
      if (!x || !y) return a.segments.length - b.segments.length;
      if (rank(x) !== rank(y)) return rank(x) - rank(y);
    }
    return 0;
  });

  function match(pathname: string): RouteMatch | undefined {
    if (skip.some((prefix) => pathname.startsWith(prefix))) return undefined;
    // A part that is not valid percent-encoding stays as sent: the route's schema refuses it (400).
    const parts = pathname.split('/').filter(Boolean).map(decodePart);
    for (const route of routes) {
      const params = matchSegments(route.segments, parts);
      if (params) return { route, params };
    }
    return undefined;
  }

  async function handlers(route: Route): Promise<RouteModule> {
    route.module ??= import(pathToFileURL(route.file).href) as Promise<RouteModule>;
    return route.module;
  }

  return { routes: routes as readonly Route[], match, handlers };
}

function decodePart(part: string) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string | string[]> | undefined {
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'rest') {
      if (i >= parts.length) return undefined;
      params[segment.name] = parts.slice(i);
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.kind === 'static' && part !== segment.value) return undefined;
    if (segment.kind === 'param') params[segment.name] = part;
  }
  return segments.length === parts.length ? params : undefined;
}

export type ApiRouter = ReturnType<typeof apiRouter>;

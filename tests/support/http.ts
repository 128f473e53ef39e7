import createClient from 'openapi-fetch';
import { apiDocument } from '@/app/openapi';
import type { Endpoint } from '@/lib/core/endpoint';
import type { paths } from '@/lib/http/openapi-types';
import { contractChecker, type ApiDocument } from './contract';
import { loadRoutes, matchRoute, type Route } from './routes';

type Handler = ((req: Request, ctx: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>) & {
  /** Set by handle(): the contract the response is checked against. */
  endpoint?: Endpoint;
};

let checker: ReturnType<typeof contractChecker> | undefined;

/** Every response of a contract-bearing handler must match the published document (tests/support/contract.ts). */
function assertDocumented(endpoint: Endpoint, res: Response, body: unknown) {
  checker ??= contractChecker(apiDocument() as unknown as ApiDocument);
  const problems = checker.check({ method: endpoint.method, path: endpoint.path, status: res.status, contentType: res.headers.get('content-type'), body });
  if (problems.length) throw new Error(`response does not match /api/openapi.json:\n${problems.slice(0, 10).join('\n')}\n${JSON.stringify(body)?.slice(0, 2000)}`);
}

export type CallResult<T = any> = { status: number; headers: Headers; body: T };

/** Calls a route handler the way Next does, with a real Request. */
export async function call<T = any>(
  handler: Handler,
  {
    method = 'GET',
    path = '/',
    body,
    rawBody,
    headers = {},
    params = {},
  }: { method?: string; path?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> } = {},
): Promise<CallResult<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body instanceof FormData) {
    // Multipart: Request sets the boundary in content-type itself.
    init.body = body;
  } else if (body !== undefined || rawBody !== undefined) {
    init.body = rawBody ?? JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(params) });
  const parsed = await bodyOf(res);
  if (handler.endpoint) assertDocumented(handler.endpoint, res, parsed);
  return { status: res.status, headers: res.headers, body: parsed as T };
}

async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text; // not JSON: keep the text
  }
}

let routes: Promise<Route[]> | undefined;

/** fetch, in process: the route handler Next would run for the URL, its answer checked against the document. */
async function dispatch(req: Request): Promise<Response> {
  routes ??= loadRoutes();
  const { pathname } = new URL(req.url);
  const match = matchRoute(await routes, pathname);
  const handler = match?.route.module[req.method] as Handler | undefined;
  if (!match || !handler) throw new Error(`no route handler for ${req.method} ${pathname}`);
  const res = await handler(req, { params: Promise.resolve(match.params) });
  if (handler.endpoint) assertDocumented(handler.endpoint, res, await bodyOf(res.clone()));
  return res;
}

/**
 * A typed client of the API as a consumer gets it: openapi-fetch over lib/http/openapi-types.ts
 * (generated from the document), calling the route handlers in process. A path, parameter, body
 * field or response field the document doesn't have is a type error in the test.
 */
export const api = (headers: Record<string, string> = {}) => createClient<paths>({ baseUrl: 'http://localhost', headers, fetch: dispatch });

/** An openapi-fetch answer as a CallResult, for expectProblem and status checks. */
export const answered = <T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): CallResult<T> => ({
  status: response.status,
  headers: response.headers,
  body: (data ?? error) as T,
});

export function expectProblem(res: CallResult, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  if (res.headers.get('content-type') !== 'application/problem+json') throw new Error('not problem+json');
  const b = res.body as { type?: string; title?: string; status?: number; detail?: string };
  if (!b.type || !b.title || b.status !== status || !b.detail) throw new Error(`bad problem body ${JSON.stringify(b)}`);
  return res.body as { errors?: Record<string, string[]>; reason?: string; detail: string };
}

import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebResponse, toWebRequest } from '@/lib/process/direct-api';
import createClient from 'openapi-fetch';
import { apiDocument } from '@/app/openapi';
import type { Endpoint } from '@/lib/core/endpoint';
import type { z } from '@/lib/core/zod';
import type { ResponseOf } from '@/lib/http/client';
import type { paths } from '@/lib/http/openapi-types';
import { contractChecker, type ApiDocument } from './contract';
import { resolveRoute } from './routes';

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

/**
 * `API_VIA=node` sends every call over real HTTP through production's direct /api path
 * (lib/process/direct-api.ts: Node request → Web Request → handler → Node response), so the
 * whole API suite runs on both dispatch paths (`npm run test:unit` runs it both ways).
 */
const API_VIA_NODE = process.env.API_VIA === 'node';

type Registered = { handler: Handler; params: Record<string, string | string[]> };
let bridge: Promise<{ port: number; calls: Map<string, Registered> }> | undefined;

function startBridge() {
  const calls = new Map<string, Registered>();
  const server = createServer((req, res) => {
    const { handler, params } = calls.get(String(req.headers['x-test-call']))!;
    delete req.headers['x-test-call'];
    void handler(toWebRequest(req, { trustProxy: false }), { params: Promise.resolve(params) }).then((response) => sendWebResponse(req, res, response));
  });
  return new Promise<{ port: number; calls: Map<string, Registered> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, calls }));
    server.unref();
  });
}

/** One call over HTTP; node:http (unlike fetch) keeps the Host header the test's URL names. */
async function throughNode(handler: Handler, request: Request, params: Record<string, string | string[]>): Promise<Response> {
  const { port, calls } = await (bridge ??= startBridge());
  const id = randomUUID();
  calls.set(id, { handler, params });
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  const url = new URL(request.url);
  const headers: Record<string, string | string[]> = { ...Object.fromEntries(request.headers), host: url.host, 'x-test-call': id };
  if (body) headers['content-length'] = String(body.length);
  try {
    return await new Promise<Response>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: request.method, path: `${url.pathname}${url.search}`, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) responseHeaders.append(name, v);
          }
          const empty = res.statusCode === 204 || res.statusCode === 304;
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status: res.statusCode, headers: responseHeaders }));
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  } finally {
    calls.delete(id);
  }
}


type EndpointOf<H> = H extends { endpoint: infer E extends Endpoint } ? E : Endpoint;
/** A route answering bytes (CSV, an image) gives its text; JSON routes their contract's answer. */
type AnswerOf<E extends Endpoint> = E extends { produces: string } ? string : ResponseOf<E>;
type BodyOf<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : never;

type CallOptions<E extends Endpoint> = {
  method?: string;
  path?: string;
  /** JSON as the contract takes it: a field the endpoint doesn't have is a type error here. */
  body?: BodyOf<E> | FormData;
  /** A body on purpose outside the contract (hostile or wrong input), sent as JSON. */
  unchecked?: unknown;
  /** Bytes as they are (malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

/**
 * Calls a route handler the way Next does, with a real Request. The body and the answer are
 * typed from the handler's contract (its `defineEndpoint` object, from which the document is
 * generated): a test using a field the document doesn't have fails to compile, and at run time
 * every answer is also checked against the document itself.
 */
export async function call<H extends Handler, T = AnswerOf<EndpointOf<H>>>(
  handler: H,
  { method = 'GET', path = '/', body, unchecked, rawBody, headers = {}, params = {} }: CallOptions<EndpointOf<H>> = {},
): Promise<CallResult<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  const json = body ?? unchecked;
  if (json instanceof FormData) {
    // Multipart: Request sets the boundary in content-type itself.
    init.body = json;
  } else if (json !== undefined || rawBody !== undefined) {
    init.body = rawBody ?? JSON.stringify(json);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const request = new Request(`http://localhost${path}`, init);
  const res = await run(handler, request, params);
  const parsed = await bodyOf(res);
  if (handler.endpoint) assertDocumented(handler.endpoint, res, parsed);
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** The handler called in process, or over HTTP through the direct path's bridge (API_VIA=node). */
const run = (handler: Handler, request: Request, params: Record<string, string | string[]>) =>
  API_VIA_NODE ? throughNode(handler, request, params) : handler(request, { params: Promise.resolve(params) });

async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text; // not JSON: keep the text
  }
}

/** fetch, in process: the route handler Next would run for the URL, its answer checked against the document. */
async function dispatch(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  const match = await resolveRoute(pathname, req.method);
  if (!match) throw new Error(`no route handler for ${req.method} ${pathname}`);
  const handler = match.handler as Handler;
  const res = await run(handler, req, match.params);
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

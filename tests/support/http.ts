import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebResponse, toWebRequest } from '@/lib/process/direct-api';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;

export type CallResult<T = any> = { status: number; headers: Headers; body: T };

/**
 * `API_VIA=node` sends every call over real HTTP through production's direct /api path
 * (lib/process/direct-api.ts: Node request → Web Request → handler → Node response), so the
 * whole API suite runs on both dispatch paths (`npm run test:unit` runs it both ways).
 */
const API_VIA_NODE = process.env.API_VIA === 'node';

type Registered = { handler: Handler; params: Record<string, string> };
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
async function throughNode(handler: Handler, request: Request, params: Record<string, string>): Promise<Response> {
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
  const request = new Request(`http://localhost${path}`, init);
  const res = API_VIA_NODE ? await throughNode(handler, request, params) : await handler(request, { params: Promise.resolve(params) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export function expectProblem(res: CallResult, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  if (res.headers.get('content-type') !== 'application/problem+json') throw new Error('not problem+json');
  const b = res.body as { type?: string; title?: string; status?: number; detail?: string };
  if (!b.type || !b.title || b.status !== status || !b.detail) throw new Error(`bad problem body ${JSON.stringify(b)}`);
  return res.body as { errors?: Record<string, string[]>; reason?: string; detail: string };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { problemResponse } from '@/lib/http/problem';
import { rememberedBytes } from '@/lib/http/response-bytes';
import type { ApiRouter, RouteHandler } from './api-routes';

const gzipAsync = promisify(gzip);
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
// Next's compression middleware leaves smaller bodies alone too.
const COMPRESS_FROM_BYTES = 1024;

// Keyed by the body's Buffer: a shared page's bytes are one Buffer for every viewer, so it is
// compressed once; a per-request body's entry goes with it.
const compressed = new WeakMap<Buffer, Promise<Buffer>>();
const gzipped = (body: Buffer) => {
  let done = compressed.get(body);
  if (!done) compressed.set(body, (done = gzipAsync(body)));
  return done;
};

/** The Web Request a route handler gets, as Next builds it: the URL from Host, the body streamed. */
export function toWebRequest(req: IncomingMessage, { trustProxy }: { trustProxy: boolean }): Request {
  const forwardedProto = trustProxy ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() : '';
  const scheme = forwardedProto || ('encrypted' in req.socket ? 'https' : 'http');
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
  } catch {
    url = new URL(req.url ?? '/', `${scheme}://localhost`);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // @ts-expect-error: Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
    duplex: hasBody ? 'half' : undefined,
  });
}

/** Writes a handler's Response to Node's response: status, headers (every Set-Cookie), body. */
export async function sendWebResponse(req: IncomingMessage, res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/json/.test(type)) {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res).catch(() => res.destroy());
    return;
  }
  let body = rememberedBytes(response) ?? Buffer.from(await response.arrayBuffer());
  if (body.length >= COMPRESS_FROM_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = await gzipped(body);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'Accept-Encoding');
  }
  res.setHeader('content-length', body.length);
  res.end(body);
}

/** Next's answers for a method the route file does not export: OPTIONS lists them, others 405. */
function missingMethod(method: string, exported: Partial<Record<string, RouteHandler>>): Response {
  const allowed = METHODS.filter((m) => exported[m] || (m === 'HEAD' && exported.GET) || m === 'OPTIONS').join(', ');
  if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow: allowed } });
  return problemResponse(405, `${method} 요청은 이 경로에서 쓸 수 없습니다.`, { headers: { allow: allowed } });
}

/**
 * Serves /api in production without Next's per-request machinery: the same route handlers,
 * found by the same file tree, called with the same (Request, { params }). Answers false when
 * no route file claims the path, so the caller hands the request to Next.
 */
export function directApi(router: ApiRouter, { trustProxy }: { trustProxy: boolean }) {
  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const pathname = (req.url ?? '/').split('?', 1)[0]!;
    const found = router.match(pathname);
    if (!found) return false;
    const method = req.method ?? 'GET';
    let response: Response;
    try {
      const exported = await router.handlers(found.route);
      const handler = exported[method] ?? (method === 'HEAD' ? exported.GET : undefined);
      response = handler
        ? await handler(toWebRequest(req, { trustProxy }), { params: Promise.resolve(found.params) })
        : missingMethod(method, exported);
    } catch (error) {
      // The shared wrapper answers every failure itself; this is a route module that failed to load.
      console.error(JSON.stringify({ level: 'error', method, path: pathname, message: 'route failed outside the wrapper' }), error);
      response = problemResponse(500, '잠시 후 다시 시도해 주세요.');
    }
    await sendWebResponse(req, res, response);
    return true;
  };
}

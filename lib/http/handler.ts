import { randomUUID } from 'node:crypto';
import { getDb, type Db } from '@/db/client';
import { consumeActionPoint } from '@/lib/accounts/action-limits';
import { resolveActor, type Actor } from '@/lib/auth/actor';
import { isSameOriginRequest } from '@/lib/auth/csrf';
import { DomainError, type FieldErrors } from '@/lib/core/domain-error';
import { assertNotSuspended, requireAdmin } from '@/lib/moderation/policy';
import type { z } from '@/lib/core/zod';
import { readTextWithin } from './body';
import type { Endpoint } from '@/lib/core/endpoint';
import { requiredScope, scopesAllow } from '@/lib/core/scopes';
import { flushEvents } from '@/lib/events/dispatcher';
import { countingEvents } from '@/lib/events/record';
import { noteOwnWrite } from '@/lib/core/own-writes';
import { describeError, InputError } from './error-map';
import { problemResponse } from './problem';

const MAX_JSON_BYTES = 64 * 1024;

/** A personal access token reaches only the operations its scopes cover (checked before any input is read). */
function assertScope(endpoint: Endpoint, granted: readonly string[]) {
  const needed = requiredScope(endpoint);
  if (needed && !scopesAllow(granted, needed)) {
    throw new DomainError('forbidden', `이 토큰에는 ${needed} 권한이 없습니다.`, { reason: 'insufficient_scope' });
  }
}

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export type HandlerContext<E extends Endpoint> = {
  /** The process's one db client; handlers pass it (or a transaction of it) to the domain. */
  db: Db;
  req: Request;
  requestId: string;
  actor: E['auth'] extends 'required' ? Actor : Actor | null;
  params: Infer<E['params']>;
  query: Infer<E['query']>;
  headers: Infer<E['headers']>;
  body: Infer<E['body']>;
};

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'body';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** A NUL byte, or half of a surrogate pair: no text column can hold either. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_MESSAGE = '쓸 수 없는 문자(NUL, 짝이 없는 서로게이트)가 들어 있습니다.';

/**
 * Strings (and keys) anywhere in the input that PostgreSQL would refuse (NUL, 22P05) or that
 * UTF-8 would silently turn into U+FFFD (a lone surrogate). Walked without recursion: a 64 kB
 * body can nest 30,000 levels deep.
 */
function unstorableText(value: unknown): FieldErrors {
  const errors: FieldErrors = {};
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    const at = (key: string) => (path ? `${path}.${key}` : key);
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) (errors[path || 'body'] ??= []).push(UNSTORABLE_MESSAGE);
    } else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (UNSTORABLE.test(key)) (errors[path || 'body'] ??= []).push(UNSTORABLE_MESSAGE);
        stack.push([item, at(key)]);
      }
    }
  }
  return errors;
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const unstorable = unstorableText(value);
  const result = schema.safeParse(value);
  if (!result.success || Object.keys(unstorable).length) {
    throw new InputError({ ...(result.success ? {} : fieldErrors(result.error)), ...unstorable });
  }
  return result.data as Infer<S>;
}

/**
 * JSON routes take JSON only: a cross-site page can POST `text/plain`, a form or an untyped
 * blob without a preflight, so a body of any other (or no) declared type is refused (415).
 */
function isJsonContentType(req: Request) {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || (!!type && /^application\/[\w.+-]+\+json$/.test(type));
}

async function readJson(req: Request): Promise<unknown> {
  const notJson = () => new DomainError('unsupported_media_type', 'Content-Type: application/json으로 보내 주세요.');
  if (req.headers.has('content-type') && !isJsonContentType(req)) throw notJson();
  const text = await readTextWithin(req, MAX_JSON_BYTES, '요청 본문이 너무 큽니다.');
  if (!text.trim()) return {};
  if (!isJsonContentType(req)) throw notJson();
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError({ body: ['JSON 형식이 올바르지 않습니다.'] });
  }
}

function log(level: 'error' | 'warn', requestId: string, req: Request, message: string, error?: unknown) {
  // Mailed link tokens are secrets: they never reach the log.
  const path = new URL(req.url).pathname.replace(/\/(password-resets|email-verifications)\/[^/]+/, '/$1/[token]');
  console[level](
    JSON.stringify({ level, requestId, method: req.method, path, message }),
    ...(error instanceof Error ? [error.stack, ...causesOf(error)] : []),
  );
}

/** drizzle wraps the driver's error ("Failed query: …"): the SQLSTATE and message are in its causes. */
function causesOf(error: Error): string[] {
  const causes: string[] = [];
  for (let e = error.cause, depth = 0; e && depth < 4; e = (e as Error).cause, depth++) {
    const { code, message } = e as { code?: string; message?: string };
    causes.push(`caused by: ${code ?? ''} ${message ?? String(e)}`);
  }
  return causes;
}

/**
 * A request that recorded events answers once they went out (a failed one may have committed
 * some, a revoked token family say): live views and every process-local cache show them, and its
 * caller reads fresh from the shared caches that otherwise serve a page while it reloads
 * (lib/boards/board-cache.ts). Only the request's own events count, so reads never wait on writes.
 */
async function deliverOwnEvents(recorded: { count: number }, actor: Actor | null) {
  if (!recorded.count) return;
  await flushEvents();
  if (actor) noteOwnWrite(actor.user.id);
}

/**
 * The one wrapper around every /api route handler: authenticates (cookie or Bearer),
 * checks Origin on cookie-authenticated writes, parses params, query and body with the
 * endpoint's zod schemas, runs the handler and maps every failure to problem+json.
 * Unknown errors are logged with a request id and answered with a bare 500.
 */
export function handle<const E extends Endpoint>(
  endpoint: E,
  fn: (ctx: HandlerContext<E>) => Promise<Response>,
): ((req: Request, ctx: RouteContext) => Promise<Response>) & { endpoint: E } {
  // The contract travels with the handler: the contract tests find what a response must match.
  const route = (req: Request, routeContext: RouteContext) => {
    const recorded = { count: 0 };
    return countingEvents(recorded, () => serve(req, routeContext, recorded));
  };
  const serve = async (req: Request, routeContext: RouteContext, recorded: { count: number }) => {
    const requestId = req.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
    let actor: Actor | null = null;
    const withId = (res: Response) => {
      res.headers.set('x-request-id', requestId);
      return res;
    };
    try {
      const db = getDb();
      actor = endpoint.auth === 'none' ? null : await resolveActor(db, req.headers);
      if (endpoint.auth === 'required' && !actor) throw new DomainError('unauthenticated', '로그인이 필요합니다.');
      if (actor?.via === 'cookie' && !['GET', 'HEAD'].includes(req.method) && !isSameOriginRequest(req)) {
        throw new DomainError('forbidden', '허용되지 않은 출처의 요청입니다.');
      }
      if (endpoint.role === 'admin') requireAdmin(actor!);
      if (actor?.scopes) assertScope(endpoint, actor.scopes);
      if (actor && !['GET', 'HEAD'].includes(req.method) && !endpoint.allowSuspended) assertNotSuspended(actor.user);
      const params = parse(endpoint.params, await routeContext?.params);
      const query = parse(endpoint.query, Object.fromEntries(new URL(req.url).searchParams));
      const headers = parse(endpoint.headers, Object.fromEntries(req.headers));
      const body = endpoint.body ? parse(endpoint.body, await readJson(req)) : undefined;
      if (endpoint.limit && actor) await consumeActionPoint(db, endpoint.limit, actor.user.id);
      const ctx = { db, req, requestId, actor, params, query, headers, body } as HandlerContext<E>;
      const res = await fn(ctx);
      await deliverOwnEvents(recorded, actor);
      return withId(res);
    } catch (error) {
      await deliverOwnEvents(recorded, actor);
      const known = describeError(error);
      if (known) {
        if (known.logAs) log('warn', requestId, req, known.logAs);
        const headers = known.retryAfterSeconds ? { 'retry-after': String(known.retryAfterSeconds) } : undefined;
        return withId(
          problemResponse(known.status, known.detail, { errors: known.errors, reason: known.reason, suspendedUntil: known.suspendedUntil, dong: known.dong, requestId, headers }),
        );
      }
      log('error', requestId, req, 'unhandled error', error);
      return withId(problemResponse(500, '잠시 후 다시 시도해 주세요.', { requestId }));
    }
  };
  return Object.assign(route, { endpoint });
}

import { randomUUID } from 'node:crypto';
import { getDb, type Db } from '@/db/client';
import { resolveActor, type Actor } from '@/lib/auth/actor';
import { isSameOriginRequest } from '@/lib/auth/csrf';
import { DomainError, type FieldErrors } from '@/lib/core/domain-error';
import { flushEvents } from '@/lib/events/dispatcher';
import { pgErrorCode } from '@/lib/core/pg-errors';
import { assertNotSuspended } from '@/lib/moderation/policy';
import type { z } from '@/lib/core/zod';
import type { Endpoint } from './endpoint';
import { problemResponse, statusOf } from './problem';

const MAX_JSON_BYTES = 64 * 1024;

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

class InputError extends Error {
  constructor(readonly errors: FieldErrors) {
    super('invalid input');
  }
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(fieldErrors(result.error));
  return result.data as Infer<S>;
}

async function readJson(req: Request): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) throw new DomainError('too_large', '요청 본문이 너무 큽니다.');
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new DomainError('too_large', '요청 본문이 너무 큽니다.');
  if (!text.trim()) return {};
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
    ...(error instanceof Error ? [error.stack] : []),
  );
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
): (req: Request, ctx: RouteContext) => Promise<Response> {
  return async (req, routeContext) => {
    const requestId = req.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
    const withId = (res: Response) => {
      res.headers.set('x-request-id', requestId);
      return res;
    };
    try {
      const db = getDb();
      const actor = endpoint.auth === 'none' ? null : await resolveActor(db, req.headers);
      if (endpoint.auth === 'required' && !actor) throw new DomainError('unauthenticated', '로그인이 필요합니다.');
      if (actor?.via === 'cookie' && !['GET', 'HEAD'].includes(req.method) && !isSameOriginRequest(req.headers)) {
        throw new DomainError('forbidden', '허용되지 않은 출처의 요청입니다.');
      }
      if (actor && !['GET', 'HEAD'].includes(req.method) && !endpoint.allowSuspended) assertNotSuspended(actor.user);
      const params = parse(endpoint.params, await routeContext?.params);
      const query = parse(endpoint.query, Object.fromEntries(new URL(req.url).searchParams));
      const headers = parse(endpoint.headers, Object.fromEntries(req.headers));
      const body = endpoint.body ? parse(endpoint.body, await readJson(req)) : undefined;
      const ctx = { db, req, requestId, actor, params, query, headers, body } as HandlerContext<E>;
      const res = await fn(ctx);
      // A write answers once its events went out: live views and every cache show it already.
      if (!['GET', 'HEAD'].includes(req.method)) await flushEvents();
      return withId(res);
    } catch (error) {
      if (error instanceof InputError) {
        return withId(problemResponse(400, '입력값을 확인해 주세요.', { errors: error.errors, requestId }));
      }
      if (error instanceof DomainError) {
        const status = statusOf(error.code);
        const headers = error.extra.retryAfterSeconds ? { 'retry-after': String(error.extra.retryAfterSeconds) } : undefined;
        return withId(
          problemResponse(status, error.message, { errors: error.extra.fields, reason: error.extra.reason, suspendedUntil: error.extra.suspendedUntil, requestId, headers }),
        );
      }
      // Invalid values the schemas let through but PostgreSQL rejects (out of range, bad encoding).
      const code = pgErrorCode(error);
      if (code && ['22001', '22003', '22007', '22008', '22021', '22P02'].includes(code)) {
        log('warn', requestId, req, `rejected by database: ${code}`);
        return withId(problemResponse(400, '입력값을 확인해 주세요.', { requestId }));
      }
      log('error', requestId, req, 'unhandled error', error);
      return withId(problemResponse(500, '잠시 후 다시 시도해 주세요.', { requestId }));
    }
  };
}

import { problemReasons } from '@/lib/core/domain-error';
import { z } from '@/lib/core/zod';
import type { Endpoint } from '@/lib/core/endpoint';
import { requiredScope } from '@/lib/core/scopes';
import { exampleOf } from '@/lib/http/openapi-examples';
import { problemMedia } from '@/lib/http/openapi-problem-examples';

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json).',
  required: ['type', 'title', 'status', 'detail'],
  additionalProperties: false,
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: '사람이 읽는 설명 (한국어)' },
    errors: { type: 'object', description: '잘못된 입력: 필드 → 메시지들', additionalProperties: { type: 'array', items: { type: 'string' } } },
    reason: {
      description:
        '기계가 읽는 이유 (409, 403 등). 날씨(503)는 기상청의 `http_<status>` / `result_<code>`, 결제 승인 거절(409)은 결제사의 코드(대문자, 예: `AMOUNT_MISMATCH`)도 씁니다.',
      anyOf: [{ type: 'string', enum: [...problemReasons] }, { type: 'string', pattern: '^(http_\\d+|result_\\w+|[A-Z][A-Z0-9_]*)$' }],
    },
    suspendedUntil: { type: 'string', format: 'date-time', description: 'reason "suspended"일 때 정지가 끝나는 때' },
    dong: { type: 'object', description: 'reason "outside_neighbourhood"일 때 그 위치가 속한 동', properties: { code: { type: 'string' }, sido: { type: 'string' }, sigungu: { type: 'string' }, dong: { type: 'string' } } },
    requestId: { type: 'string' },
  },
};
const problemContent = (e: Endpoint | undefined, status: number, field?: string) => ({ 'application/problem+json': problemMedia(e, status, field) });

const describe: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Invalid input (field errors in `errors`)',
  401: 'Not signed in, or the access token expired or was revoked', 403: 'Not allowed (`reason: "suspended"` with `suspendedUntil` for a suspended account\'s writes; a cookie write from another origin)',
  404: 'Not found', 405: 'Method not allowed', 409: 'Conflict (see `reason`)', 422: 'Unprocessable (see `reason`)', 413: 'Too large (JSON bodies over 64 kB, files over 10 MB)', 415: 'Not JSON (send Content-Type: application/json)',
  429: 'Too many requests (see Retry-After)', 503: 'Unavailable (see Retry-After, `reason`)',
};

/**
 * The error statuses a route can answer from the wrapper alone (lib/http/handler.ts), before
 * its own `errors`: bad input, an unreadable or oversized body, a missing or dead login, a
 * suspended account's or a foreign origin's write, an admin route to anyone else, a rate limit.
 */
function wrapperStatuses(e: Endpoint) {
  return [
    ...(e.body || e.upload || e.query || e.params || e.headers ? [400] : []),
    ...(e.body || e.upload ? [413, 415] : []),
    ...(e.limit ? [429] : []),
    ...(e.auth !== 'none' ? [401] : []),
    // 403: a suspended account's write, a cookie write from another origin, or a personal token outside its scopes (any method).
    ...(e.auth !== 'none' ? [403] : []),
    ...(e.role === 'admin' ? [404] : []),
  ];
}

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

/** A JSON media type with the example /docs shows, composed from the schema (lib/http/openapi-examples.ts). */
const jsonMedia = (schema: z.ZodType, io: 'input' | 'output') => {
  const s = jsonSchema(schema, io);
  return { 'application/json': { schema: s, example: exampleOf(s) } };
};

/** The first input field a route reads, for its 400 example's `errors`. */
const firstField = (e: Endpoint) => {
  const shape = (o: z.ZodType | undefined) => (o instanceof z.ZodObject ? Object.keys(o.shape)[0] : undefined);
  return shape(e.body) ?? shape(e.query) ?? shape(e.params) ?? e.upload?.fields[0];
};

function parameters(location: 'path' | 'query' | 'header', schema: z.ZodObject | undefined) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = jsonSchema(field as z.ZodType, 'input');
    return {
      name,
      in: location,
      required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      schema: s,
      ...(typeof s.description === 'string' && { description: s.description }),
    };
  });
}

const uploadSchema = ({ fields, multiple }: NonNullable<Endpoint['upload']>) => {
  const file = { type: 'string', format: 'binary' };
  return { type: 'object', properties: Object.fromEntries(fields.map((f) => [f, multiple ? { type: 'array', items: file } : file])) };
};

/** OpenAPI 3.1 document generated from the same endpoint objects the handlers parse with. */
export function openApiDocument(endpoints: Endpoint[], info: { title: string; version: string; description: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(e.responses)) {
      responses[status] = {
        description: describe[Number(status)] ?? 'Response',
        ...(schema && { content: jsonMedia(schema, 'output') }),
        ...(e.produces && status === '200' && { content: { [e.produces]: { schema: { type: 'string', format: 'binary' } } } }),
      };
    }
    const errorStatuses = [...new Set([...wrapperStatuses(e), ...(e.errors ?? [])])].sort();
    for (const status of errorStatuses) {
      responses[status] = { description: describe[status], content: problemContent(e, status, firstField(e)) };
    }
    const scope = requiredScope(e);
    (paths[e.path] ??= {})[e.method.toLowerCase()] = {
      summary: e.summary,
      tags: [e.tag],
      operationId: `${e.method.toLowerCase()}${e.path.replace(/[{}]/g, '').replace(/(^|\/|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
      parameters: [...parameters('path', e.params), ...parameters('query', e.query), ...parameters('header', e.headers)],
      ...(e.body && {
        requestBody: { required: true, content: jsonMedia(e.body, 'input') },
      }),
      ...(e.upload && { requestBody: { required: true, content: { 'multipart/form-data': { schema: uploadSchema(e.upload) } } } }),
      responses,
      ...(scope && { 'x-required-scope': scope }),
      security: e.auth === 'none' ? [] : [...(e.auth === 'optional' ? [{}] : []), { bearer: [] }, { personalToken: [scope] }, { cookie: [] }],
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: { Problem: problemSchema },
      responses: {
        NotFound: { description: 'Any /api path no route answers: 404 problem+json', content: problemContent(undefined, 404) },
        MethodNotAllowed: { description: 'A method a path does not answer: 405 problem+json', content: problemContent(undefined, 405) },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'POST /api/tokens 로 받은 액세스 토큰' },
        personalToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'dn_pat',
          description: 'POST /api/tokens/personal 로 만든 개인 액세스 토큰. 작업마다 필요한 권한(x-required-scope)이 있고, 없으면 403 reason "insufficient_scope". <영역>:write 는 <영역>:read 를 포함합니다',
        },
        cookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: '브라우저 세션 (쓰기 요청은 같은 출처의 Origin 필요)' },
      },
    },
  };
}

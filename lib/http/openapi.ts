import { z } from '@/lib/core/zod';
import type { Endpoint } from '@/lib/core/endpoint';
import { requiredScope } from '@/lib/core/scopes';

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    reason: { type: 'string' },
    suspendedUntil: { type: 'string', format: 'date-time' },
    dong: { type: 'object', properties: { code: { type: 'string' }, sido: { type: 'string' }, sigungu: { type: 'string' }, dong: { type: 'string' } } },
    requestId: { type: 'string' },
  },
};

const describe: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Invalid input (field errors in `errors`)',
  401: 'Not signed in', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 422: 'Unprocessable (see reason)', 413: 'Too large', 415: 'Not JSON (send Content-Type: application/json)',
  429: 'Too many requests (see Retry-After)', 503: 'Unavailable',
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

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
        ...(schema && { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } }),
        ...(e.produces && status === '200' && { content: { [e.produces]: { schema: { type: 'string', format: 'binary' } } } }),
      };
    }
    const errorStatuses = new Set([
      ...(e.body || e.upload || e.query || e.params || e.headers ? [400] : []),
      ...(e.body ? [415] : []),
      ...(e.limit ? [429] : []),
      ...(e.auth === 'required' ? [401] : []),
      // A personal access token outside its scopes: 403 reason "insufficient_scope".
      ...(e.auth !== 'none' ? [403] : []),
      ...(e.errors ?? []),
    ]);
    for (const status of errorStatuses) {
      responses[status] = { description: describe[status], content: { 'application/problem+json': { schema: problemSchema } } };
    }
    const scope = requiredScope(e);
    (paths[e.path] ??= {})[e.method.toLowerCase()] = {
      summary: e.summary,
      tags: [e.tag],
      operationId: `${e.method.toLowerCase()}${e.path.replace(/[{}]/g, '').replace(/(^|\/|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
      parameters: [...parameters('path', e.params), ...parameters('query', e.query), ...parameters('header', e.headers)],
      ...(e.body && {
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(e.body, 'input') } } },
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

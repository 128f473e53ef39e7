import { z } from '@/lib/core/zod';
import { defineEndpoint } from '@/lib/core/endpoint';

const check = z.object({ ok: z.boolean(), latencyMs: z.number(), error: z.string().optional() });

export const healthEndpoint = defineEndpoint({
  method: 'GET', path: '/api/health', tag: 'ops', auth: 'none',
  summary: '상태 확인: 데이터베이스와 (설정된 경우) Redis',
  responses: {
    200: z.object({
      status: z.enum(['ok', 'unavailable']),
      db: check.extend({ engine: z.enum(['pglite', 'postgres']) }),
      redis: check.optional(),
    }),
  },
  errors: [503],
});

export const openApiEndpoint = defineEndpoint({
  method: 'GET', path: '/api/openapi.json', tag: 'ops', auth: 'none',
  summary: '이 문서 (OpenAPI 3.1)', responses: { 200: z.object({ openapi: z.string() }).loose() },
});

export const benchNoopEndpoint = defineEndpoint({
  method: 'GET', path: '/api/bench/noop', tag: 'ops', auth: 'none',
  summary: '빈 핸들러 (벤치마크 기준선; ENABLE_BENCH_ROUTES=1일 때만, 아니면 404)',
  responses: { 200: z.object({ ok: z.boolean() }) }, errors: [404],
});

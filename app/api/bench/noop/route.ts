import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { problemResponse } from '@/lib/http/problem';
import { benchNoopEndpoint } from '@/lib/ops/endpoints';
import { env } from '@/lib/env';

/** The benchmark ceiling: Next's own per-request cost, nothing else. Off unless ENABLE_BENCH_ROUTES=1. */
export const GET = handle(benchNoopEndpoint, async () =>
  env().ENABLE_BENCH_ROUTES ? json({ ok: true }) : problemResponse(404, '찾을 수 없습니다.'),
);

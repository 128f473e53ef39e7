import { getDatabase } from '@/db/client';
import { handle } from '@/lib/http/handler';
import { json } from '@/lib/http/responses';
import { healthEndpoint } from '@/lib/ops/endpoints';
import { checkHealth } from '@/lib/ops/health';
import { getRedis } from '@/lib/core/redis';

export const dynamic = 'force-dynamic';

export const GET = handle(healthEndpoint, async () => {
  const health = await checkHealth(getDatabase(), getRedis());
  return json(health, health.status === 'ok' ? 200 : 503, { 'cache-control': 'no-store' });
});

import { csvDownload } from '@/lib/http/csv-response';
import { handle } from '@/lib/http/handler';
import { earningsCsvLines, hostEarnings } from '@/lib/settlements/earnings';
import { hostEarningsCsvEndpoint } from '@/lib/settlements/endpoints';

export const GET = handle(hostEarningsCsvEndpoint, async ({ db, actor, query }) => {
  const view = await hostEarnings(db, actor.user.id, query, new Date());
  return csvDownload(earningsCsvLines(view), { ascii: 'earnings', korean: '수입' });
});

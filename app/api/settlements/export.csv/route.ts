import { csvDownload } from '@/lib/http/csv-response';
import { handle } from '@/lib/http/handler';
import { settlementsCsvEndpoint } from '@/lib/settlements/endpoints';
import { settlementCsvLines } from '@/lib/settlements/queries';

export const GET = handle(settlementsCsvEndpoint, async ({ db, actor }) =>
  csvDownload(settlementCsvLines(db, actor.user.id), { ascii: 'settlements', korean: '정산내역' }),
);

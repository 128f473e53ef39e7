import { handle } from '@/lib/http/handler';
import { settlementsCsvEndpoint } from '@/lib/settlements/endpoints';
import { settlementCsvLines } from '@/lib/settlements/queries';

// A BOM first: Excel reads the file as UTF-8 and shows the Korean headers and memos.
const BOM = '\uFEFF';

export const GET = handle(settlementsCsvEndpoint, async ({ db, actor }) => {
  const lines = settlementCsvLines(db, actor.user.id);
  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(first ? BOM + next.value : next.value));
      first = false;
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const day = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="settlements-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`정산내역-${day}.csv`)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});

// A BOM first: Excel reads the file as UTF-8 and shows the Korean headers and memos.
const BOM = '\uFEFF';

/**
 * A CSV download streamed from `lines` (each already ending in CRLF), UTF-8 with a BOM, named
 * `<ascii>-<Seoul day>.csv` with the Korean name for browsers that read `filename*`.
 */
export function csvDownload(lines: AsyncIterator<string> | Iterator<string>, names: { ascii: string; korean: string }): Response {
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
      await lines.return?.(undefined);
    },
  });
  const day = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${names.ascii}-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`${names.korean}-${day}.csv`)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

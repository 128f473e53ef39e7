import { DomainError } from '@/lib/core/domain-error';

const tooLarge = (message: string) => new DomainError('too_large', message);

/**
 * The request body as a stream that errors with 413 once more than `maxBytes` arrived. A
 * chunked body has no Content-Length, so counting while reading is the only honest check;
 * reading stops at the limit and the rest is never buffered.
 */
export function limitedBody(req: Request, maxBytes: number, message: string): ReadableStream<Uint8Array> | null {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(message);
  if (!req.body) return null;
  const reader = req.body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        return controller.error(tooLarge(message));
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** The whole body as text, refusing (413) as soon as it passes `maxBytes`. */
export async function readTextWithin(req: Request, maxBytes: number, message: string): Promise<string> {
  const body = limitedBody(req, maxBytes, message);
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A copy of `req` whose body stops at `maxBytes`, for parsers that read the body themselves (formData). */
export function withBodyLimit(req: Request, maxBytes: number, message: string): Request {
  const body = limitedBody(req, maxBytes, message);
  return new Request(req.url, { method: req.method, headers: req.headers, body, duplex: 'half' } as RequestInit);
}

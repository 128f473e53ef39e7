import { createServer, get, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonBytes, sharedBody } from '@/lib/core/shared-pages';
import { json } from '@/lib/http/responses';
import { sendWebResponse } from './direct-api';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers every request with `respond()`, written as the direct /api path writes it. */
async function serving(respond: () => Response) {
  server = createServer((req, res) => void sendWebResponse(req, res, respond()));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  // node:http, not fetch: fetch would ask for gzip itself and hand back the body decompressed.
  return (headers: Record<string, string> = {}) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) =>
      get({ host: '127.0.0.1', port, path: '/', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
}

describe('JSON responses on the direct path', () => {
  const page = sharedBody({ items: Array.from({ length: 40 }, (_, i) => ({ id: i, title: `스터디룸 ${i}` })) });

  it('send the bytes they were made from, with their length, gzipped for a client that asks', async () => {
    const get = await serving(() => json(page));
    const plain = await get();
    const text = JSON.stringify(page);
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(text)));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(text);
    for (let i = 0; i < 2; i++) {
      const zipped = await get({ 'accept-encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['content-length']).toBe(String(zipped.body.length));
      expect(gunzipSync(zipped.body).toString()).toBe(text);
    }
  });

  it("a shared page's bytes are made once; anyone else's body is made for its own response", async () => {
    expect(jsonBytes(page)).toBe(jsonBytes(page));
    const own = { items: [] };
    expect(jsonBytes(own)).not.toBe(jsonBytes(own));
    expect(await json(page).json()).toEqual(page);
  });
});

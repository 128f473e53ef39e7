import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { pgImageStore } from './pg-store';
import { s3ConfigFromEnv, s3ImageStore } from './s3-store';
import type { ImageStore } from './store';

/** The contract every store keeps; run against each implementation. */
function behavesLikeAnImageStore(store: () => ImageStore) {
  it('puts, gets and overwrites bytes with their content type', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254]);
    await store().put('spaces/1/a.webp', bytes, 'image/webp');
    expect(await store().get('spaces/1/a.webp')).toEqual({ bytes, contentType: 'image/webp' });
    await store().put('spaces/1/a.webp', Buffer.from([9]), 'image/webp');
    expect((await store().get('spaces/1/a.webp'))!.bytes).toEqual(Buffer.from([9]));
  });

  it('answers null for a missing key and deletes several keys, missing ones included', async () => {
    expect(await store().get('spaces/1/missing.webp')).toBeNull();
    await store().put('spaces/2/a.webp', Buffer.from('a'), 'image/webp');
    await store().put('spaces/2/b.webp', Buffer.from('b'), 'image/webp');
    await store().delete(['spaces/2/a.webp', 'spaces/2/b.webp', 'spaces/2/never.webp']);
    expect(await store().get('spaces/2/a.webp')).toBeNull();
    expect(await store().get('spaces/2/b.webp')).toBeNull();
    await store().delete([]);
  });
}

describe('PostgreSQL image store', () => {
  behavesLikeAnImageStore(() => pgImageStore(getDb));
});

/**
 * s3rver 3.7 answers a PUT before its file is written: its filesystem store resolves on
 * `writeStream.end(content)`, not on the stream's 'finish' (node_modules/s3rver/lib/stores/
 * filesystem.js, putObject), so a GET right after can read the file empty, as a CI run once did.
 * S3 itself reads its writes; against s3rver each put waits until the file holds what was put.
 */
function readingItsPuts(store: ImageStore): ImageStore {
  return {
    ...store,
    async put(key, bytes, contentType) {
      await store.put(key, bytes, contentType);
      for (let tries = 0; tries < 100 && !(await store.get(key))?.bytes.equals(bytes); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

describe('S3 image store (against a local s3rver)', () => {
  let server: S3rver;
  let dir: string;
  let store: ImageStore;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dongne-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'dongne-test', configs: [] }] });
    const { port } = await server.run();
    const config = s3ConfigFromEnv({ S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: 'dongne-test', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' });
    store = readingItsPuts(s3ImageStore(config!));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  behavesLikeAnImageStore(() => store);

  it('is configured only by all four S3 variables, with a default region', () => {
    expect(s3ConfigFromEnv({ S3_ENDPOINT: 'http://x', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toBeNull();
    expect(s3ConfigFromEnv({ S3_ENDPOINT: 'http://x', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })?.region).toBe('us-east-1');
  });
});

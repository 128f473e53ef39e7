import { getDb } from '@/db/client';
import { pgImageStore } from './pg-store';
import { s3ConfigFromEnv, s3ImageStore } from './s3-store';

/** Where encoded image bytes live, by key (e.g. `spaces/12/ab12….webp`). */
export interface ImageStore {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when nothing is stored under the key. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** Deleting a missing key is not an error. */
  delete(keys: string[]): Promise<void>;
}

const key = Symbol.for('dongne.imageStore');
type StoreGlobal = typeof globalThis & { [key]?: ImageStore };

/** S3-compatible storage when S3_* is configured, otherwise PostgreSQL (which every process shares). */
export function imageStore(): ImageStore {
  const g = globalThis as StoreGlobal;
  if (!g[key]) {
    const s3 = s3ConfigFromEnv(process.env);
    g[key] = s3 ? s3ImageStore(s3) : pgImageStore(getDb);
  }
  return g[key];
}

/** Tests swap stores; null goes back to the configured one. */
export function setImageStore(store: ImageStore | null) {
  const g = globalThis as StoreGlobal;
  if (store) g[key] = store;
  else delete g[key];
}

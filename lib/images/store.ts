import { getDb } from '@/db/client';
import { pgImageStore } from './pg-store';
import { s3ConfigFromEnv, s3ImageStore } from './s3-store';
import { processSingleton } from '@/lib/core/process-singleton';
import { env } from '@/lib/env';

/** Where encoded image bytes live, by key (e.g. `spaces/12/ab12….webp`). */
export interface ImageStore {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when nothing is stored under the key. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** Deleting a missing key is not an error. */
  delete(keys: string[]): Promise<void>;
}

const slot = processSingleton('imageStore', () => ({ store: undefined as ImageStore | undefined }));

/** S3-compatible storage when S3_* is configured, otherwise PostgreSQL (which every process shares). */
export function imageStore(): ImageStore {
  if (!slot.store) {
    const s3 = s3ConfigFromEnv(env());
    slot.store = s3 ? s3ImageStore(s3) : pgImageStore(getDb);
  }
  return slot.store;
}

/** Tests swap stores; null goes back to the configured one. */
export function setImageStore(store: ImageStore | null) {
  slot.store = store ?? undefined;
}

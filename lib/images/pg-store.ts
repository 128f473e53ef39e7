import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { imageBlobs } from '@/db/schema';
import type { ImageStore } from './store';

/** Bytes in the `image_blobs` table: no extra service, works for several app processes and on PGlite. */
export function pgImageStore(db: () => Db): ImageStore {
  return {
    async put(key, bytes, contentType) {
      await db()
        .insert(imageBlobs)
        .values({ key, bytes, contentType })
        .onConflictDoUpdate({ target: imageBlobs.key, set: { bytes, contentType } });
    },
    async get(key) {
      const [row] = await db().select({ bytes: imageBlobs.bytes, contentType: imageBlobs.contentType }).from(imageBlobs).where(eq(imageBlobs.key, key));
      return row ?? null;
    },
    async delete(keys) {
      if (keys.length) await db().delete(imageBlobs).where(inArray(imageBlobs.key, keys));
    },
  };
}

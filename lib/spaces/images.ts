import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { spaceImages, type User } from '@/db/schema';
import { conflict, fieldError, notFound } from '@/lib/core/domain-error';
import { MAX_SPACE_IMAGES } from '@/lib/images/limits';
import { encodeImage, spaceVariants, type Encoded } from '@/lib/images/process';
import { imageStore, type ImageStore } from '@/lib/images/store';
import { lockHostedSpace } from './mutations';
import { toSpaceImageView } from './image-view';

const WEBP = 'image/webp';
const storedKeys = (key: string) => spaceVariants.map((v) => `${key}${v.suffix}`);

export async function listSpaceImages(db: Db, spaceId: number) {
  const rows = await db.select().from(spaceImages).where(eq(spaceImages.spaceId, spaceId)).orderBy(asc(spaceImages.position), asc(spaceImages.id));
  return rows.map(toSpaceImageView);
}

const refuseOverLimit = (current: number, adding: number) => {
  if (current + adding > MAX_SPACE_IMAGES)
    throw conflict(`사진은 공간마다 ${MAX_SPACE_IMAGES}장까지 올릴 수 있습니다. (지금 ${current}장)`, undefined, 'too_many_images');
};

async function imageCount(tx: Db, spaceId: number) {
  const [row] = await tx.select({ n: count() }).from(spaceImages).where(eq(spaceImages.spaceId, spaceId));
  return row?.n ?? 0;
}

/**
 * Checks the host and the room left before the slow encoding, stores the files, then appends
 * the rows under the space's row lock (a concurrent upload may have filled it meanwhile: then,
 * as after a failed write, the stored files are removed again and the upload is refused).
 */
export async function addSpaceImages(db: Db, host: User, spaceId: number, files: Buffer[], store: ImageStore = imageStore()) {
  await db.transaction(async (tx) => {
    await lockHostedSpace(tx, host, spaceId, { changing: false });
    refuseOverLimit(await imageCount(tx, spaceId), files.length);
  });
  const encoded: Encoded[][] = [];
  for (const [i, bytes] of files.entries()) encoded.push(await encodeImage(bytes, spaceVariants, files.length > 1 ? `files.${i}` : 'files'));
  const keys = encoded.map(() => `spaces/${spaceId}/${randomUUID()}`);
  try {
    await Promise.all(encoded.flatMap((variants, i) => variants.map((v, j) => store.put(`${keys[i]}${spaceVariants[j]!.suffix}`, v.bytes, WEBP))));
    await db.transaction(async (tx) => {
      await lockHostedSpace(tx, host, spaceId);
      const current = await imageCount(tx, spaceId);
      refuseOverLimit(current, files.length);
      await tx.insert(spaceImages).values(
        encoded.map(([display], i) => ({ spaceId, key: keys[i]!, width: display!.width, height: display!.height, position: current + i })),
      );
    });
  } catch (error) {
    await store.delete(keys.flatMap(storedKeys));
    throw error;
  }
  return listSpaceImages(db, spaceId);
}

/** Removes one photo; the ones after it move up so positions stay 0..n-1. Files go after the commit. */
export async function deleteSpaceImage(db: Db, host: User, spaceId: number, imageId: number, store: ImageStore = imageStore()) {
  const removed = await db.transaction(async (tx) => {
    await lockHostedSpace(tx, host, spaceId);
    const [row] = await tx.delete(spaceImages).where(and(eq(spaceImages.id, imageId), eq(spaceImages.spaceId, spaceId))).returning();
    if (!row) throw notFound('사진을 찾을 수 없습니다.');
    const rest = await tx.select({ id: spaceImages.id }).from(spaceImages).where(eq(spaceImages.spaceId, spaceId)).orderBy(asc(spaceImages.position));
    await renumber(tx, spaceId, rest.map((r) => r.id));
    return row;
  });
  await store.delete(storedKeys(removed.key));
}

async function renumber(tx: Db, spaceId: number, orderedIds: number[]) {
  for (const [position, id] of orderedIds.entries()) {
    await tx.update(spaceImages).set({ position }).where(and(eq(spaceImages.id, id), eq(spaceImages.spaceId, spaceId)));
  }
}

/** `imageIds` must name every photo of the space exactly once, in the new order. */
export async function reorderSpaceImages(db: Db, host: User, spaceId: number, imageIds: number[]) {
  await db.transaction(async (tx) => {
    await lockHostedSpace(tx, host, spaceId);
    const current = (await tx.select({ id: spaceImages.id }).from(spaceImages).where(eq(spaceImages.spaceId, spaceId))).map((r) => r.id);
    const same = imageIds.length === current.length && new Set(imageIds).size === imageIds.length && imageIds.every((id) => current.includes(id));
    if (!same) throw fieldError('imageIds', '이 공간의 사진 id를 모두 한 번씩 보내 주세요.');
    await renumber(tx, spaceId, imageIds);
  });
  return listSpaceImages(db, spaceId);
}

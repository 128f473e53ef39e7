import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { recordEvent } from '@/lib/events/record';
import { userChanged } from './events';
import { unauthenticated } from '@/lib/core/domain-error';
import { avatarVariants, encodeImage } from '@/lib/images/process';
import { imageStore, type ImageStore } from '@/lib/images/store';
import { getMe } from './queries';

const storedKeys = (key: string) => avatarVariants.map((v) => `${key}${v.suffix}`);

/**
 * Swaps the avatar key under the user's row lock and returns the replaced one, so two
 * concurrent uploads each delete exactly the files they replaced. A new key per upload
 * keeps the served URLs cacheable forever. Store calls stay outside the transaction
 * (the PostgreSQL store uses its own connection).
 */
async function swapAvatar(db: Db, userId: number, avatarKey: string | null) {
  const previous = await db.transaction(async (tx) => {
    const [row] = await tx.select({ avatarKey: users.avatarKey }).from(users).where(and(eq(users.id, userId), eq(users.isActive, true))).for('update');
    if (!row) throw unauthenticated();
    await tx.update(users).set({ avatarKey, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordEvent(tx, userChanged(userId));
    return row.avatarKey;
  });
  return previous;
}

export async function setAvatar(db: Db, userId: number, bytes: Buffer, store: ImageStore = imageStore()) {
  const encoded = await encodeImage(bytes, avatarVariants);
  const key = `avatars/${userId}/${randomUUID()}`;
  let previous: string | null;
  try {
    await Promise.all(encoded.map((e, i) => store.put(`${key}${avatarVariants[i]!.suffix}`, e.bytes, 'image/webp')));
    previous = await swapAvatar(db, userId, key);
  } catch (error) {
    await store.delete(storedKeys(key));
    throw error;
  }
  if (previous) await store.delete(storedKeys(previous));
  return getMe(db, userId);
}

export async function removeAvatar(db: Db, userId: number, store: ImageStore = imageStore()) {
  const previous = await swapAvatar(db, userId, null);
  if (previous) await store.delete(storedKeys(previous));
}

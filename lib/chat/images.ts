import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatImages, chatMembers, chatMessages, type User } from '@/db/schema';
import { notFound } from '@/lib/core/domain-error';
import { transact } from '@/lib/core/transact';
import { encodeImage, spaceVariants, type Encoded } from '@/lib/images/process';
import { imageStore, type ImageStore } from '@/lib/images/store';
import { chatImageFiles } from './message-view';
import { insertMessage, messageByClientId } from './mutations';
import { requireMember } from './queries';

const WEBP = 'image/webp';

/**
 * A message of kind `image` with these photos, through the images pipeline (type from the bytes,
 * EXIF and GPS dropped, WebP at 1600 px and a 400 px thumbnail). Membership is checked before the
 * slow encoding and again when the message is written; a failed write, or a retried upload whose
 * clientId already made its message, removes the files stored for it.
 */
export async function sendImages(db: Db, user: User, roomId: number, files: Buffer[], { clientId }: { clientId?: string } = {}, store: ImageStore = imageStore()) {
  await requireMember(db, roomId, user.id, { writing: true, hideFromOutsiders: true });
  const encoded: Encoded[][] = [];
  for (const [i, bytes] of files.entries()) encoded.push(await encodeImage(bytes, spaceVariants, files.length > 1 ? `files.${i}` : 'files'));
  const keys = encoded.map(() => `chat/${roomId}/${randomUUID()}`);
  const stored = keys.flatMap(chatImageFiles);
  try {
    await Promise.all(encoded.flatMap((variants, i) => variants.map((v, j) => store.put(chatImageFiles(keys[i]!)[j]!, v.bytes, WEBP))));
    const sent = await transact(db, async (tx) => {
      const room = await requireMember(tx, roomId, user.id, { writing: true, hideFromOutsiders: true });
      const body = `사진 ${files.length}장`;
      const images = encoded.map(([display], i) => ({ key: keys[i]!, width: display!.width, height: display!.height }));
      return insertMessage(tx, room, user, { kind: 'image', body, clientId, images });
    });
    if (sent) return { message: sent, created: true };
    await store.delete(stored);
    return { message: await messageByClientId(db, roomId, user.id, clientId!), created: false };
  } catch (error) {
    await store.delete(stored);
    throw error;
  }
}

/** `chat/<roomId>/<uuid>` plus `.webp` or `-thumb.webp`: the stored key and which file of it. */
const KEY = /^(chat\/(\d{1,10})\/[0-9a-f-]{36})(-thumb)?\.webp$/;

/**
 * The bytes of a chat photo for a member of its room now; 404 for everyone else, for a deleted
 * message and for one moderation hid (except to its sender), so a photo leaves with its message.
 */
export async function chatImageForMember(db: Db, userId: number, file: string, store: ImageStore = imageStore()) {
  const match = KEY.exec(file);
  if (!match) throw notFound('이미지를 찾을 수 없습니다.');
  const [row] = await db
    .select({ key: chatImages.key })
    .from(chatImages)
    .innerJoin(chatMessages, eq(chatMessages.id, chatImages.messageId))
    .innerJoin(chatMembers, and(eq(chatMembers.roomId, chatImages.roomId), eq(chatMembers.userId, userId)))
    .where(
      and(
        eq(chatImages.key, match[1]!),
        sql`${chatMessages.deletedAt} is null`,
        // Banned users are no longer members, so the join above already refuses them.
        sql`(${chatMessages.hiddenAt} is null or ${chatMessages.userId} = ${userId})`,
      ),
    );
  if (!row) throw notFound('이미지를 찾을 수 없습니다.');
  const image = await store.get(file);
  if (!image) throw notFound('이미지를 찾을 수 없습니다.');
  return image;
}

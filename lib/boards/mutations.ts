import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { authoredBy } from '@/lib/core/authored';
import { chatRooms, mealPosts, type MealPost, type User } from '@/db/schema';
import { postUpdated } from '@/lib/chat/events';
import { closeRoom, createRoom, deleteRoom, reopenRoom, setCapacity } from '@/lib/chat/mutations';
import { forbidden, notFound } from '@/lib/core/domain-error';
import { recordEvent } from '@/lib/events/record';
import { readPost } from './queries';
import type { CreatePostInput, UpdatePostInput } from './schema';

/** The post, its chat room and the author's seat, in one transaction. */
export async function createPost(db: Db, author: User, input: CreatePostInput) {
  const postId = await db.transaction(async (tx) => {
    const room = await createRoom(tx, { kind: 'post', title: input.title, owner: author, capacity: input.targetNumber });
    const [post] = await tx
      .insert(mealPosts)
      .values({ ...authoredBy(author, input), verifiedOnly: input.verifiedOnly, chatRoomId: room.id })
      .returning({ id: mealPosts.id });
    await recordEvent(tx, postUpdated({ id: post!.id, neighbourhoodCode: author.neighbourhoodCode }, room));
    return post!.id;
  });
  return readPost(db, postId, author.id);
}

/** Scoped by author in the WHERE clause: anyone else gets 403 (the post itself is public). */
async function lockOwnPost(tx: Db, author: User, id: number): Promise<MealPost> {
  const [post] = await tx.select().from(mealPosts).where(eq(mealPosts.id, id)).for('update');
  if (!post) throw notFound('글을 찾을 수 없습니다.');
  if (post.authorId !== author.id) throw forbidden('글쓴이만 할 수 있습니다.');
  return post;
}

export async function updatePost(db: Db, author: User, id: number, input: UpdatePostInput) {
  await db.transaction(async (tx) => {
    const post = await lockOwnPost(tx, author, id);
    const { targetNumber, ...fields } = input;
    if (targetNumber !== undefined) await setCapacity(tx, post.chatRoomId, targetNumber);
    if (fields.title) await tx.update(chatRooms).set({ title: fields.title }).where(eq(chatRooms.id, post.chatRoomId));
    const [room] = await tx.select().from(chatRooms).where(eq(chatRooms.id, post.chatRoomId));
    await tx
      .update(mealPosts)
      .set({ ...fields, updatedAt: new Date() })
      .where(and(eq(mealPosts.id, id), eq(mealPosts.authorId, author.id)));
    await recordEvent(tx, postUpdated(post, room!));
  });
  return readPost(db, id, author.id);
}

/** Deleting the post deletes its room (and with it members and messages). */
export async function deletePost(db: Db, author: User, id: number) {
  return db.transaction(async (tx) => {
    const post = await lockOwnPost(tx, author, id);
    await deleteRoom(tx, author, post.chatRoomId);
    return post;
  });
}

export async function completePost(db: Db, author: User, id: number) {
  await db.transaction(async (tx) => {
    const post = await lockOwnPost(tx, author, id);
    await recordEvent(tx, postUpdated(post, await closeRoom(tx, post.chatRoomId)));
  });
  return readPost(db, id, author.id);
}

export async function reopenPost(db: Db, author: User, id: number) {
  await db.transaction(async (tx) => {
    const post = await lockOwnPost(tx, author, id);
    await recordEvent(tx, postUpdated(post, await reopenRoom(tx, post.chatRoomId)));
  });
  return readPost(db, id, author.id);
}

import { and, count, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { authoredBy } from '@/lib/core/authored';
import { communityComments, communityPosts, communityPostTags, communityTags, users, type User } from '@/db/schema';
import { systemClock, type Clock } from '@/lib/core/clock';
import { forbidden, invalid, notFound, rateLimited } from '@/lib/core/domain-error';
import { isForeignKeyViolation } from '@/lib/core/pg-errors';
import { seoulDateAfter, seoulDateHour, seoulInstant } from '@/lib/core/seoul-time';
import { recordEvent } from '@/lib/events/record';
import { notify, type NewNotification } from '@/lib/notifications/notify';
import { getComment, getPost } from './queries';
import { commentBody, createCommentBody, createPostBody, parseInput, updatePostBody, type CommentInput, type CreateCommentInput, type CreatePostInput, type UpdatePostInput } from './schema';

export const DAILY_POST_LIMIT = 20;

/** Creates the tags that don't exist yet and points the post at exactly these. */
async function setTags(tx: Db, postId: number, names: string[]) {
  await tx.delete(communityPostTags).where(eq(communityPostTags.postId, postId));
  if (!names.length) return;
  // Sorted, so two posts adding the same new tags wait on each other instead of deadlocking.
  const sorted = [...names].sort();
  await tx.insert(communityTags).values(sorted.map((name) => ({ name }))).onConflictDoNothing();
  const rows = await tx.select({ id: communityTags.id }).from(communityTags).where(inArray(communityTags.name, sorted));
  await tx.insert(communityPostTags).values(rows.map((r) => ({ postId, tagId: r.id })));
}

/**
 * At most DAILY_POST_LIMIT posts per author per Seoul calendar day. The author's row is locked
 * (FOR NO KEY UPDATE, which still lets other rows reference it) so two concurrent posts can't
 * both see 19 and both insert.
 */
async function checkDailyLimit(tx: Db, author: User, now: Date) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, author.id)).for('no key update');
  const today = seoulDateHour(now).date;
  const [row] = await tx
    .select({ n: count() })
    .from(communityPosts)
    .where(and(eq(communityPosts.authorId, author.id), gte(communityPosts.createdAt, seoulInstant(today, 0))));
  if ((row?.n ?? 0) >= DAILY_POST_LIMIT) {
    const midnight = seoulInstant(seoulDateAfter(1, now), 0);
    throw rateLimited(
      Math.max(1, Math.ceil((midnight.getTime() - now.getTime()) / 1000)),
      `글은 하루에 ${DAILY_POST_LIMIT}개까지 쓸 수 있습니다. 내일 다시 써 주세요.`,
    );
  }
}

/** A post listed differently (new, edited, hidden, a comment count): shared lists are cleared (queries.ts). */
export const communityChanged = { type: 'community:changed', payload: {} };
/** A post hidden by moderation: no shared list shows it again, even stale. */
export const communityRemoved = { type: 'community:changed', payload: { removed: true } };

export async function createPost(db: Db, author: User, raw: CreatePostInput, clock: Clock = systemClock) {
  const input = parseInput(createPostBody, raw);
  const now = clock();
  const postId = await db.transaction(async (tx) => {
    await checkDailyLimit(tx, author, now);
    const [post] = await tx
      .insert(communityPosts)
      .values({ ...authoredBy(author, input), createdAt: now, updatedAt: now })
      .returning({ id: communityPosts.id });
    await setTags(tx, post!.id, input.tags);
    await recordEvent(tx, communityChanged);
    return post!.id;
  });
  return getPost(db, postId);
}

/** Locks the post if it is the author's: 404 when it doesn't exist, 403 when it is someone else's. */
async function lockOwnPost(tx: Db, author: User, id: number) {
  const [post] = await tx
    .select({ id: communityPosts.id })
    .from(communityPosts)
    .where(and(eq(communityPosts.id, id), eq(communityPosts.authorId, author.id)))
    .for('update');
  if (post) return post;
  const [exists] = await tx.select({ id: communityPosts.id }).from(communityPosts).where(eq(communityPosts.id, id));
  throw exists ? forbidden('글쓴이만 할 수 있습니다.') : notFound('글을 찾을 수 없습니다.');
}

export async function updatePost(db: Db, author: User, id: number, raw: UpdatePostInput, clock: Clock = systemClock) {
  const { tags, ...fields } = parseInput(updatePostBody, raw);
  await db.transaction(async (tx) => {
    await lockOwnPost(tx, author, id);
    await tx
      .update(communityPosts)
      .set({ ...fields, updatedAt: clock() })
      .where(and(eq(communityPosts.id, id), eq(communityPosts.authorId, author.id)));
    if (tags) await setTags(tx, id, tags);
    await recordEvent(tx, communityChanged);
  });
  return getPost(db, id);
}

/** Comments, views and tag links go with it (ON DELETE CASCADE); tags themselves stay. */
export async function deletePost(db: Db, author: User, id: number) {
  await db.transaction(async (tx) => {
    await lockOwnPost(tx, author, id);
    await tx.delete(communityPosts).where(and(eq(communityPosts.id, id), eq(communityPosts.authorId, author.id)));
    // Its open pages say so instead of showing a ghost; the readers then leave its room.
    await recordEvent(tx, { type: 'community:deleted', payload: { postId: id }, audience: { communityPosts: [id] } });
  });
}

const bumpComments = (tx: Db, postId: number, by: number) =>
  tx
    .update(communityPosts)
    .set({ commentCount: sql`${communityPosts.commentCount} + ${by}` })
    .where(eq(communityPosts.id, postId))
    .returning({ id: communityPosts.id, authorId: communityPosts.authorId, title: communityPosts.title });

/**
 * The comment a reply answers: a visible top-level comment of the same post (one level of
 * replies). A parent's own parentId never changes, so reading it needs no lock; the foreign key
 * holds the parent while the reply is inserted.
 */
async function replyTarget(tx: Db, postId: number, parentId: number) {
  const [target] = await tx
    .select({ authorId: communityComments.authorId, parentId: communityComments.parentId, hiddenAt: communityComments.hiddenAt })
    .from(communityComments)
    .where(and(eq(communityComments.id, parentId), eq(communityComments.postId, postId)));
  if (!target || target.hiddenAt) throw invalid('입력값을 확인해 주세요.', { parentId: ['답글을 달 댓글을 찾을 수 없습니다.'] });
  if (target.parentId !== null) throw invalid('입력값을 확인해 주세요.', { parentId: ['답글에는 답글을 달 수 없습니다. 원래 댓글에 달아 주세요.'] });
  return target;
}

/**
 * The comment (or reply, with `parentId`) appears live on the post's open pages
 * (`community:comment`); the post's author hears of a comment and the parent's author of a reply
 * (one notice each, none to oneself, the reply notice when both are the same person).
 */
export async function addComment(db: Db, author: User, postId: number, raw: CreateCommentInput, clock: Clock = systemClock) {
  const { content, parentId } = parseInput(createCommentBody, raw);
  const now = clock();
  return db
    .transaction(async (tx) => {
      // The counter update doubles as the existence check and orders concurrent comments.
      const [post] = await bumpComments(tx, postId, 1);
      if (!post) throw notFound('글을 찾을 수 없습니다.');
      const parent = parentId === undefined ? null : await replyTarget(tx, postId, parentId);
      const [inserted] = await tx
        .insert(communityComments)
        .values({ postId, parentId: parentId ?? null, authorId: author.id, content, createdAt: now, updatedAt: now })
        .returning({ id: communityComments.id });
      const comment = await getComment(tx, inserted!.id);
      await recordEvent(tx, { type: 'community:comment', payload: comment, audience: { communityPosts: [postId] } });
      const link = `/community/${postId}`;
      const notices: NewNotification[] = [];
      if (parent && parent.authorId !== author.id) {
        notices.push({ userId: parent.authorId, type: 'community_reply', title: `${author.username}님이 내 댓글에 답글을 남겼어요`, body: content.slice(0, 100), link });
      }
      if (post.authorId !== author.id && post.authorId !== parent?.authorId) {
        notices.push({ userId: post.authorId, type: 'community_comment', title: `${author.username}님이 댓글을 남겼어요`, body: post.title, link });
      }
      if (notices.length) await notify(tx, notices);
      return comment;
    })
    .catch((error: unknown) => {
      if (isForeignKeyViolation(error)) throw notFound('글을 찾을 수 없습니다.');
      throw error;
    });
}

/** Why the author-scoped lookup found nothing: someone else's comment (403) or none at all (404). */
async function refuseComment(tx: Db, id: number): Promise<never> {
  const [exists] = await tx.select({ id: communityComments.id }).from(communityComments).where(eq(communityComments.id, id));
  throw exists ? forbidden('댓글을 쓴 사람만 할 수 있습니다.') : notFound('댓글을 찾을 수 없습니다.');
}

async function lockOwnComment(tx: Db, author: User, id: number) {
  const [comment] = await tx
    .select({ id: communityComments.id })
    .from(communityComments)
    .where(and(eq(communityComments.id, id), eq(communityComments.authorId, author.id)))
    .for('update');
  return comment ?? refuseComment(tx, id);
}

export async function updateComment(db: Db, author: User, id: number, raw: CommentInput, clock: Clock = systemClock) {
  const { content } = parseInput(commentBody, raw);
  await db.transaction(async (tx) => {
    await lockOwnComment(tx, author, id);
    await tx
      .update(communityComments)
      .set({ content, updatedAt: clock() })
      .where(and(eq(communityComments.id, id), eq(communityComments.authorId, author.id)));
  });
  return getComment(db, id);
}

/**
 * Locks the post before the comment, the order deletePost's cascade takes them in, so the two
 * can't deadlock. A top-level comment takes its replies with it (ON DELETE CASCADE); they are
 * counted after the post's lock, which every new reply takes first, so none slips past the count.
 */
export async function deleteComment(db: Db, author: User, id: number) {
  await db.transaction(async (tx) => {
    const [comment] = await tx
      .select({ postId: communityComments.postId })
      .from(communityComments)
      .where(and(eq(communityComments.id, id), eq(communityComments.authorId, author.id)));
    if (!comment) return refuseComment(tx, id);
    await tx.select({ id: communityPosts.id }).from(communityPosts).where(eq(communityPosts.id, comment.postId)).for('no key update');
    const [replies] = await tx.select({ n: count() }).from(communityComments).where(eq(communityComments.parentId, id));
    await bumpComments(tx, comment.postId, -1 - (replies?.n ?? 0));
    const deleted = await tx
      .delete(communityComments)
      .where(and(eq(communityComments.id, id), eq(communityComments.authorId, author.id)))
      .returning({ id: communityComments.id });
    // Gone in the meantime: the rollback undoes the counter.
    if (!deleted.length) throw notFound('댓글을 찾을 수 없습니다.');
    await recordEvent(tx, communityChanged);
  });
}

import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatMessages, chatRooms, communityComments, communityPosts, games, mealPosts, spaces, users, type ChatRoom, type ReportTargetType, type User } from '@/db/schema';
import { invalid, notFound } from '@/lib/core/domain-error';
import { deletePost } from '@/lib/boards/mutations';
import { communityChanged, communityRemoved, deleteComment, deletePost as deleteCommunityPost } from '@/lib/community/mutations';
import { cancelGame } from '@/lib/games/mutations';
import { messageHidden } from '@/lib/chat/events';
import { recordEvent } from '@/lib/events/record';
import { gamesRemoved, recordGamesUpdated } from '@/lib/games/events';
import { recordSpacesChanged, recordSpacesRemoved } from '@/lib/spaces/events';
import { deleteSpace } from '@/lib/spaces/mutations';

/** A reported thing as moderation sees it: whose it is, whether it is hidden, and what it says. */
export type ReportTarget = {
  type: ReportTargetType;
  id: number;
  ownerId: number;
  hiddenAt: Date | null;
  title: string;
  excerpt: string;
  /** Where it lives in the app. */
  link: string | null;
  /** For board caches and live removal of posts. */
  neighbourhoodCode?: string;
  /** A message's room, for its live removal. */
  room?: Pick<ChatRoom, 'id' | 'kind' | 'directLowUserId' | 'directHighUserId'>;
};

/**
 * One resolver per target type. Adding a type (the community board's posts and comments)
 * means a `hidden_at` column on its table and a resolver here; reports, thresholds and the
 * admin console work from this registry alone.
 */
export type TargetResolver = {
  /** What the UI calls it: "글을 신고했어요" etc. */
  label: string;
  /** The target, locked FOR UPDATE inside a transaction when `lock`; null when it doesn't exist. */
  find(db: Db, id: number, options?: { lock?: boolean }): Promise<ReportTarget | null>;
  /** Hides or shows it; absent for users, who are never hidden, only reviewed. */
  setHidden?(tx: Db, id: number, hiddenAt: Date | null): Promise<void>;
  /** After a hide/unhide, in its transaction: the events that update caches and open screens. */
  visibilityChanged?(tx: Db, target: ReportTarget, hidden: boolean): Promise<void>;
  /** Deletes it the way its owner could (refunds, events and all), inside `tx`. */
  remove?(tx: Db, target: ReportTarget): Promise<unknown>;
};

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

async function ownerOf(tx: Db, id: number): Promise<User> {
  const [owner] = await tx.select().from(users).where(eq(users.id, id));
  if (!owner) throw notFound('작성자를 찾을 수 없습니다.');
  return owner;
}

const post: TargetResolver = {
  label: '밥 모임 글',
  async find(db, id, { lock } = {}) {
    const query = db.select().from(mealPosts).where(eq(mealPosts.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row
      ? { type: 'post', id, ownerId: row.authorId, hiddenAt: row.hiddenAt, title: row.title, excerpt: excerpt(row.content), link: `/posts/${id}`, neighbourhoodCode: row.neighbourhoodCode }
      : null;
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.update(mealPosts).set({ hiddenAt }).where(eq(mealPosts.id, id));
  },
  // Open boards drop a hidden post as if deleted; shown again, the next load brings it back.
  async visibilityChanged(tx, target, hidden) {
    const code = target.neighbourhoodCode!;
    await recordEvent(
      tx,
      hidden ? { type: 'post:deleted', payload: { postId: target.id }, audience: { sigungu: [code] } } : { type: 'board:changed', payload: { neighbourhoodCode: code } },
    );
  },
  remove: async (tx, target) => deletePost(tx, await ownerOf(tx, target.ownerId), target.id),
};

const message: TargetResolver = {
  label: '채팅 메시지',
  async find(db, id, { lock } = {}) {
    const query = db
      .select({ message: chatMessages, room: { id: chatRooms.id, title: chatRooms.title, kind: chatRooms.kind, directLowUserId: chatRooms.directLowUserId, directHighUserId: chatRooms.directHighUserId } })
      .from(chatMessages)
      .innerJoin(chatRooms, eq(chatRooms.id, chatMessages.roomId))
      .where(eq(chatMessages.id, id));
    const [row] = lock ? await query.for('update', { of: chatMessages }) : await query;
    // System messages have no author to report.
    if (!row || row.message.userId === null) return null;
    return { type: 'message', id, ownerId: row.message.userId, hiddenAt: row.message.hiddenAt, title: row.room.title, excerpt: excerpt(row.message.body), link: `/chat/${row.room.id}`, room: row.room };
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.update(chatMessages).set({ hiddenAt }).where(eq(chatMessages.id, id));
  },
  // Open chat screens drop a hidden message (its author sees it marked on the next load).
  async visibilityChanged(tx, target, hidden) {
    if (hidden) await recordEvent(tx, messageHidden(target.room!, target.id));
  },
  async remove(tx, target) {
    await tx.delete(chatMessages).where(eq(chatMessages.id, target.id));
    await recordEvent(tx, messageHidden(target.room!, target.id));
  },
};

const game: TargetResolver = {
  label: '운동 모임',
  async find(db, id, { lock } = {}) {
    const query = db.select().from(games).where(eq(games.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row ? { type: 'game', id, ownerId: row.hostId, hiddenAt: row.hiddenAt, title: row.title, excerpt: excerpt(row.description), link: `/games/${id}` } : null;
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.update(games).set({ hiddenAt }).where(eq(games.id, id));
  },
  // Shared searches drop or bring back the game (lib/games/queries.ts), as open lists do.
  visibilityChanged: async (tx, target, hidden) => {
    await recordGamesUpdated(tx, [target.id]);
    if (hidden) await recordEvent(tx, gamesRemoved);
  },
  // Deleting a game is cancelling it: every player is refunded in full, as when the host cancels.
  remove: async (tx, target) => cancelGame(tx, await ownerOf(tx, target.ownerId), target.id),
};

const space: TargetResolver = {
  label: '공간',
  async find(db, id, { lock } = {}) {
    const query = db.select().from(spaces).where(eq(spaces.id, id));
    const [row] = lock ? await query.for('update') : await query;
    if (!row || row.status === 'deleted') return null;
    return { type: 'space', id, ownerId: row.hostId, hiddenAt: row.hiddenAt, title: row.title, excerpt: excerpt(row.description), link: `/spaces/${id}` };
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.update(spaces).set({ hiddenAt }).where(eq(spaces.id, id));
  },
  visibilityChanged: (tx, _target, hidden) => (hidden ? recordSpacesRemoved(tx) : recordSpacesChanged(tx)),
  remove: async (tx, target) => deleteSpace(tx, await ownerOf(tx, target.ownerId), target.id),
};

const user: TargetResolver = {
  label: '사용자',
  async find(db, id, { lock } = {}) {
    const query = db.select().from(users).where(eq(users.id, id));
    const [row] = lock ? await query.for('update') : await query;
    if (!row || !row.isActive) return null;
    return { type: 'user', id, ownerId: row.id, hiddenAt: null, title: row.username, excerpt: excerpt(row.bio), link: `/users/${id}` };
  },
};

const communityPost: TargetResolver = {
  label: '동네생활 글',
  async find(db, id, { lock } = {}) {
    const query = db.select().from(communityPosts).where(eq(communityPosts.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row ? { type: 'community_post', id, ownerId: row.authorId, hiddenAt: row.hiddenAt, title: row.title, excerpt: excerpt(row.content), link: `/community/${id}` } : null;
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.update(communityPosts).set({ hiddenAt }).where(eq(communityPosts.id, id));
  },
  visibilityChanged: (tx, _target, hidden) => recordEvent(tx, hidden ? communityRemoved : communityChanged),
  remove: async (tx, target) => deleteCommunityPost(tx, await ownerOf(tx, target.ownerId), target.id),
};

const communityComment: TargetResolver = {
  label: '동네생활 댓글',
  async find(db, id, { lock } = {}) {
    const query = db
      .select({ comment: communityComments, post: { id: communityPosts.id, title: communityPosts.title } })
      .from(communityComments)
      .innerJoin(communityPosts, eq(communityPosts.id, communityComments.postId))
      .where(eq(communityComments.id, id));
    const [row] = lock ? await query.for('update', { of: communityComments }) : await query;
    if (!row) return null;
    return { type: 'community_comment', id, ownerId: row.comment.authorId, hiddenAt: row.comment.hiddenAt, title: row.post.title, excerpt: excerpt(row.comment.content), link: `/community/${row.post.id}` };
  },
  async setHidden(tx, id, hiddenAt) {
    await tx.update(communityComments).set({ hiddenAt }).where(eq(communityComments.id, id));
  },
  remove: async (tx, target) => deleteComment(tx, await ownerOf(tx, target.ownerId), target.id),
};

export const targetResolvers: Record<ReportTargetType, TargetResolver> = {
  post,
  message,
  game,
  space,
  user,
  community_post: communityPost,
  community_comment: communityComment,
};

export async function findTarget(db: Db, type: ReportTargetType, id: number, options?: { lock?: boolean }) {
  const target = await targetResolvers[type].find(db, id, options);
  if (!target) throw notFound('신고할 대상을 찾을 수 없습니다.');
  return target;
}

export function requireHideable(type: ReportTargetType) {
  const resolver = targetResolvers[type];
  if (!resolver.setHidden) throw invalid('사용자는 숨길 수 없습니다. 정지나 차단을 이용하세요.');
  return resolver as TargetResolver & Required<Pick<TargetResolver, 'setHidden'>>;
}

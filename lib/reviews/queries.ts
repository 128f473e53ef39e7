import { and, avg, count, desc, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { gamePlayers, gameReviews, games, users, type Game } from '@/db/schema';
import { toUserRef, type UserRef } from '@/lib/accounts/user-ref';
import { notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/core/pagination';
import type { RatingSummary, ReviewView } from './schema';

const reviewers = alias(users, 'reviewer');
const reviewees = alias(users, 'reviewee');
const person = (t: typeof users | typeof reviewers | typeof reviewees) => ({ id: t.id, username: t.username, isActive: t.isActive, avatarKey: t.avatarKey });

const selectReviews = (db: Db) =>
  db
    .select({ r: gameReviews, game: { id: games.id, title: games.title, sport: games.sport }, reviewer: person(reviewers), reviewee: person(reviewees) })
    .from(gameReviews)
    .innerJoin(games, eq(games.id, gameReviews.gameId))
    .innerJoin(reviewers, eq(reviewers.id, gameReviews.reviewerId))
    .innerJoin(reviewees, eq(reviewees.id, gameReviews.revieweeId));

type Row = Awaited<ReturnType<ReturnType<typeof selectReviews>['execute']>>[number];

const toReviewView = ({ r, game, reviewer, reviewee }: Row): ReviewView => ({
  id: r.id,
  game,
  reviewer: toUserRef(reviewer),
  reviewee: toUserRef(reviewee),
  rating: r.rating,
  comment: r.comment,
  tags: r.tags,
  createdAt: r.createdAt.toISOString(),
});

export async function getReview(db: Db, id: number) {
  const [row] = await selectReviews(db).where(eq(gameReviews.id, id));
  if (!row) throw notFound('후기를 찾을 수 없습니다.');
  return toReviewView(row);
}

/** The people who actually played: the host and every player whose seat ended up joined. */
export async function playersOf(db: Db, game: Pick<Game, 'id' | 'hostId'>): Promise<UserRef[]> {
  const rows = await db
    .selectDistinct(person(users))
    .from(users)
    .leftJoin(gamePlayers, and(eq(gamePlayers.userId, users.id), eq(gamePlayers.gameId, game.id), eq(gamePlayers.status, 'joined')))
    .where(or(eq(users.id, game.hostId), eq(gamePlayers.gameId, game.id)));
  return rows.map(toUserRef).sort((a, b) => (a.id === game.hostId ? -1 : b.id === game.hostId ? 1 : a.id - b.id));
}

/**
 * A finished game's reviews (newest first) and whom the viewer may still review: everyone else
 * who played, once each. Before the end, or for someone who didn't play, that list is empty.
 */
export async function listGameReviews(db: Db, gameId: number, viewerId?: number) {
  const [game] = await db.select().from(games).where(eq(games.id, gameId));
  if (!game) throw notFound('경기를 찾을 수 없습니다.');
  const items = (await selectReviews(db).where(eq(gameReviews.gameId, gameId)).orderBy(desc(gameReviews.id))).map(toReviewView);
  if (game.status !== 'finished' || viewerId === undefined) return { items, canReview: [] };
  const played = await playersOf(db, game);
  if (!played.some((p) => p.id === viewerId)) return { items, canReview: [] };
  const done = new Set(items.filter((r) => r.reviewer.id === viewerId).map((r) => r.reviewee.id));
  return { items, canReview: played.filter((p) => p.id !== viewerId && !done.has(p.id) && !p.isDeleted) };
}

export async function ratingSummary(db: Db, userId: number): Promise<RatingSummary> {
  const [row] = await db.select({ average: avg(gameReviews.rating), count: count() }).from(gameReviews).where(eq(gameReviews.revieweeId, userId));
  const n = row?.count ?? 0;
  return { average: n ? Math.round(Number(row!.average) * 10) / 10 : null, count: n };
}

/** Reviews others left about an active user, newest first, with their average. */
export async function listUserReviews(db: Db, userId: number, { page, size }: { page: number; size: number }) {
  const [user] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.isActive, true)));
  if (!user) throw notFound('사용자를 찾을 수 없습니다.');
  const [rows, summary] = await Promise.all([
    selectReviews(db)
      .where(eq(gameReviews.revieweeId, userId))
      .orderBy(desc(gameReviews.createdAt), desc(gameReviews.id))
      .limit(size)
      .offset((page - 1) * size),
    ratingSummary(db, userId),
  ]);
  return { items: rows.map(toReviewView), page: pageInfo(page, size, summary.count), summary };
}


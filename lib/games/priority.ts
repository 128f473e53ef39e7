import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games, type Game } from '@/db/schema';
import { conflict } from '@/lib/core/domain-error';
import { fullDateTime } from '@/lib/core/seoul-time';

/** Did the user play (hold a joined seat in) the series' occurrence just before this game? */
async function playedPrevious(tx: Db, game: Game, userId: number) {
  const [previous] = await tx
    .select({ id: games.id })
    .from(games)
    .where(and(eq(games.seriesId, game.seriesId!), lt(games.startsAt, game.startsAt)))
    .orderBy(desc(games.startsAt))
    .limit(1);
  if (!previous) return false;
  const [seat] = await tx
    .select({ id: gamePlayers.id })
    .from(gamePlayers)
    .where(and(eq(gamePlayers.gameId, previous.id), eq(gamePlayers.userId, userId), eq(gamePlayers.status, 'joined')));
  return Boolean(seat);
}

/**
 * A weekly game opens first to those who played the previous occurrence: before priorityUntil
 * anyone else gets 409 priority_window (seats and the waitlist alike).
 */
export async function assertPriorityWindow(tx: Db, game: Game, userId: number, now: Date) {
  if (!game.seriesId || !game.priorityUntil || now >= game.priorityUntil) return;
  if (await playedPrevious(tx, game, userId)) return;
  throw conflict(
    `지난 회차 참가자 우선 신청 기간입니다. ${fullDateTime(game.priorityUntil)}부터 누구나 신청할 수 있어요.`,
    undefined,
    'priority_window',
  );
}

import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games, upcomingGame, type Game } from '@/db/schema';
import { notify, type NewNotification } from '@/lib/notifications/notify';
import type { NotificationType } from '@/lib/notifications/types';
import { fullDateTime } from '@/lib/core/seoul-time';

const link = (game: Pick<Game, 'id'>) => `/games/${game.id}`;

/** The host and every player holding a joined seat. */
async function everyone(tx: Db, game: Pick<Game, 'id' | 'hostId'>) {
  const players = await tx
    .select({ userId: gamePlayers.userId })
    .from(gamePlayers)
    .where(and(eq(gamePlayers.gameId, game.id), eq(gamePlayers.status, 'joined')));
  return [game.hostId, ...players.map((p) => p.userId)];
}

const toAll = (userIds: number[], game: Game, type: NotificationType, title: string, dedupeKey?: string): NewNotification[] =>
  userIds.map((userId) => ({ userId, type, title, body: game.title, link: link(game), ...(dedupeKey ? { dedupeKey } : {}) }));

/**
 * A player took a seat (paid games: held for their payment, which already counts against
 * capacity): the host hears of it, and of the game filling up with it.
 */
export async function noticeJoined(tx: Db, game: Game, username: string) {
  const title = game.fee > 0 ? `${username}님이 참가 신청했어요 (결제 대기)` : `${username}님이 경기에 참가했어요`;
  const items: NewNotification[] = [{ userId: game.hostId, type: 'game_joined', title, body: game.title, link: link(game) }];
  if (game.joinedCount >= game.maxPlayers) items.push({ userId: game.hostId, type: 'game_full', title: '모집 완료! 자리가 모두 찼어요', body: game.title, link: link(game) });
  await notify(tx, items);
}

/** A seat from the waitlist: a free game seats them; a paid one is an offer that lapses at `payBy`. */
export async function noticePromoted(tx: Db, game: Game, userId: number, payBy: Date | null) {
  const item = payBy
    ? { title: `대기하던 경기에 자리가 났어요. ${fullDateTime(payBy)}까지 결제해 주세요`, body: `${game.title} · 그때까지 결제하지 않으면 다음 대기자에게 넘어가요` }
    : { title: '대기하던 경기에 자리가 나서 참가했어요', body: game.title };
  await notify(tx, [{ userId, type: 'game_promoted', ...item, link: link(game) }]);
}

export async function noticeConfirmed(tx: Db, game: Game) {
  await notify(tx, toAll(await everyone(tx, game), game, 'game_confirmed', '경기가 확정됐어요'));
}

/** Failed recruitment or the host's cancellation: the players (and, for a failure, the host) hear it. */
export async function noticeEnded(tx: Db, game: Game, status: 'failed' | 'cancelled', playerIds: number[]) {
  const items =
    status === 'failed'
      ? toAll([game.hostId, ...playerIds], game, 'game_failed', '모집 실패: 최소 인원이 모이지 않아 경기가 취소됐어요. 참가비는 전액 환불됩니다')
      : toAll(playerIds, game, 'game_cancelled', '호스트가 경기를 취소했어요. 참가비는 전액 환불됩니다');
  await notify(tx, items);
}

export async function noticeRemoved(tx: Db, game: Game, userId: number) {
  await notify(tx, [{ userId, type: 'game_removed', title: '호스트가 경기 참가를 취소했어요. 참가비는 전액 환불됩니다', body: game.title, link: link(game) }]);
}

/** A player gave their seat up: the host hears who. */
export async function noticePlayerCancelled(tx: Db, game: Game, username: string) {
  await notify(tx, [{ userId: game.hostId, type: 'game_player_cancelled', title: `${username}님이 경기 참가를 취소했어요`, body: game.title, link: link(game) }]);
}

/** A seat offered from the waitlist went unpaid: the promoted player and the host hear it. */
export async function noticeOfferLapsed(tx: Db, game: Game, user: { id: number; username: string }) {
  await notify(tx, [
    { userId: user.id, type: 'game_offer_lapsed', title: '결제 시간이 지나 대기 순번으로 받은 자리가 취소됐어요', body: game.title, link: link(game) },
    { userId: game.hostId, type: 'game_offer_lapsed_host', title: `${user.username}님이 대기 순번 자리를 결제하지 않아 다음 분께 넘어갔어요`, body: game.title, link: link(game) },
  ]);
}

const REMINDER_LEAD_MS = 2 * 3_600_000;

/**
 * Sweeper: two hours before the start, the host and the players of every game still on get a
 * reminder. The dedupe key (one row per user and game) makes reruns and parallel processes
 * harmless. Returns how many notices were written.
 */
export async function remindUpcomingGames(db: Db, now: Date) {
  const due = await db
    .select()
    .from(games)
    .where(and(upcomingGame(games.status), gt(games.startsAt, now), lte(games.startsAt, new Date(now.getTime() + REMINDER_LEAD_MS))));
  let written = 0;
  for (const game of due) {
    const rows = await db.transaction(async (tx) => notify(tx, toAll(await everyone(tx, game), game, 'game_reminder', '경기가 2시간 안에 시작돼요', `game_reminder:${game.id}`)));
    written += rows.length;
  }
  return written;
}

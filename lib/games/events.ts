import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { games, type Game } from '@/db/schema';
import { recordEvents, type DomainEvent } from '@/lib/events/record';

/** Seats or status of a game: to lists watching its 시군구 and to its detail pages. */
export const gameUpdated = (game: Pick<Game, 'id' | 'joinedCount' | 'maxPlayers' | 'status' | 'neighbourhoodCode'>): DomainEvent => ({
  type: 'game:updated',
  payload: { gameId: game.id, joined: game.joinedCount, capacity: game.maxPlayers, status: game.status },
  audience: { gameAreas: [game.neighbourhoodCode.slice(0, 5)], games: [game.id] },
});

/** A game hidden by moderation: no shared search shows it again, even stale (a cancelled one says so in game:updated). */
export const gamesRemoved: DomainEvent = { type: 'games:removed', payload: {} };

/** At the end of a change to these games, in its transaction: their state as it commits. */
export async function recordGamesUpdated(tx: Db, ids: number[]) {
  if (!ids.length) return;
  const rows = await tx.select().from(games).where(inArray(games.id, ids));
  await recordEvents(tx, rows.map(gameUpdated));
}

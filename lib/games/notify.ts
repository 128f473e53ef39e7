import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { games } from '@/db/schema';
import { emit } from '@/lib/realtime/emit';

/** After commit: pushes the current seats and status of these games. */
export async function emitGames(db: Db, ids: number[]) {
  if (!ids.length) return;
  const rows = await db.select().from(games).where(inArray(games.id, ids));
  for (const game of rows) emit.gameUpdated(game);
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { games, reservations } from '@/db/schema';

const MOVE_BACK = /^\/__e2e\/reservations\/(\d+)\/move-back\?days=(\d+)$/;
const END_GAME = /^\/__e2e\/games\/(\d+)\/end$/;

/**
 * Browser tests only: server.ts answers these paths when E2E_FIXTURES=1 (set by the e2e server
 * starter, never in production). Bookings can only be made for the future, and a spec that reviews
 * a finished one can't wait for it to end: this moves a booking `days` back in time. Likewise a
 * game can be made to have finished an hour ago (no-show marking opens after the end).
 */
export function e2eFixtures(db: Db) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const ended = req.method === 'POST' ? END_GAME.exec(req.url ?? '') : null;
    if (ended) {
      const hour = sql`interval '1 hour'`;
      void db
        .update(games)
        .set({ status: 'finished', recruitUntil: sql`now() - 4 * ${hour}`, startsAt: sql`now() - 3 * ${hour}`, endsAt: sql`now() - ${hour}` })
        .where(eq(games.id, Number(ended[1])))
        .returning({ id: games.id })
        .then((rows) => res.writeHead(rows.length ? 204 : 404).end(), (error: unknown) => res.writeHead(409, { 'content-type': 'text/plain' }).end(String(error)));
      return true;
    }
    const match = req.method === 'POST' ? MOVE_BACK.exec(req.url ?? '') : null;
    if (!match) return false;
    const shift = sql`make_interval(days => ${Number(match[2])})`;
    void db
      .update(reservations)
      .set({ startsAt: sql`${reservations.startsAt} - ${shift}`, endsAt: sql`${reservations.endsAt} - ${shift}` })
      .where(eq(reservations.id, Number(match[1])))
      .returning({ id: reservations.id })
      .then(
        (rows) => res.writeHead(rows.length ? 204 : 404).end(),
        (error: unknown) => res.writeHead(409, { 'content-type': 'text/plain' }).end(String(error)),
      );
    return true;
  };
}

import { and, eq, exists, inArray, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games } from '@/db/schema';
import { UID_DOMAIN, type CalendarEvent } from '@/lib/calendar/ical';
import { notFound } from '@/lib/core/domain-error';
import { sportLabels } from './labels';

/**
 * "캘린더에 추가" for a game, to its host and its players (joined, paying or waitlisted);
 * anyone else gets 404, as for something they do not know exists.
 */
export async function gameCalendar(db: Db, viewerId: number, id: number) {
  const isPlayer = exists(
    db
      .select({ one: gamePlayers.id })
      .from(gamePlayers)
      .where(and(eq(gamePlayers.gameId, games.id), eq(gamePlayers.userId, viewerId), inArray(gamePlayers.status, ['pending_payment', 'joined', 'waitlisted']))),
  );
  const [game] = await db
    .select()
    .from(games)
    .where(and(eq(games.id, id), or(eq(games.hostId, viewerId), isPlayer)));
  if (!game) throw notFound('경기를 찾을 수 없습니다.');
  const event: CalendarEvent = {
    uid: `game-${game.id}@${UID_DOMAIN}`,
    start: game.startsAt,
    end: game.endsAt,
    summary: `${sportLabels[game.sport]}: ${game.title}`,
    description: [`장소: ${game.placeName}`, game.description].filter(Boolean).join('\n'),
    location: [game.placeName, game.address].filter(Boolean).join(', '),
    status: game.status === 'cancelled' || game.status === 'failed' ? 'cancelled' : 'confirmed',
    lastModified: game.updatedAt,
  };
  return { name: game.title, filename: `game-${game.id}.ics`, events: [event] };
}

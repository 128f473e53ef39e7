import { getDb } from '../../db/client';
import type { User } from '../../db/schema';
import type { Clock } from '../../lib/core/clock';
import { createGame } from '../../lib/games/mutations';
import type { CreateGameInput } from '../../lib/games/schema';
import { YONGDAM2 } from './factories';

export const HOUR = 3_600_000;

/** A game starting `startsInHours` after the clock's now, 2 hours long; free unless a fee is given. */
export function gameInput(now: Date, overrides: Partial<CreateGameInput> & { startsInHours?: number } = {}): CreateGameInput {
  const { startsInHours = 72, ...rest } = overrides;
  const startsAt = new Date(now.getTime() + startsInHours * HOUR);
  return {
    sport: 'futsal',
    title: '토요일 풋살 한 판',
    description: '',
    level: 'any',
    placeName: '용담 풋살장',
    address: '제주특별자치도 제주시 용담로 1',
    neighbourhoodCode: YONGDAM2,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    minPlayers: 2,
    maxPlayers: 10,
    fee: 0,
    ...rest,
  };
}

export const fixedClock = (at: Date): Clock => () => at;

export function createTestGame(host: User, now: Date, overrides: Parameters<typeof gameInput>[1] = {}) {
  return createGame(getDb(), host, gameInput(now, overrides), fixedClock(now));
}

import { and, asc, count, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { chatRooms, gamePlayers, games, venues, type Game, type User } from '@/db/schema';
import { assertEmailVerified } from '@/lib/accounts/policy';
import { createRoom } from '@/lib/chat/mutations';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, forbidden, invalid, notFound, type FieldErrors } from '@/lib/core/domain-error';
import { dropWaitlist, lockLivePayments, terminateGame } from './players';
import { transact } from '@/lib/core/transact';
import { recordEvents } from '@/lib/events/record';
import { gameUpdated, recordGamesUpdated } from './events';
import { noticeConfirmed } from './notices';
import { getGame } from './queries';
import { placeAt, type PlaceInput } from '@/lib/neighbourhoods/locate';
import type { CreateGameInput, UpdateGameInput } from './schema';
import { promoteWaitlist } from './seats';

const RECRUIT_LEAD_MS = 2 * 3_600_000;

type Plan = {
  startsAt: Date;
  endsAt: Date;
  recruitUntil: Date;
  minPlayers: number;
  maxPlayers: number;
};

/** Times in the future and in order, 1 ≤ min ≤ max; every broken rule is reported by field. */
function validatePlan(plan: Plan, now: Date, changed: (field: keyof Plan) => boolean) {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (changed('startsAt') && plan.startsAt <= now) add('startsAt', '시작 시각은 지금 이후여야 합니다.');
  if (plan.endsAt <= plan.startsAt) add('endsAt', '끝나는 시각은 시작 시각 이후여야 합니다.');
  if (changed('recruitUntil') && plan.recruitUntil <= now) add('recruitUntil', '모집 마감은 지금 이후여야 합니다.');
  if (plan.recruitUntil > plan.startsAt) add('recruitUntil', '모집 마감은 시작 시각 전이어야 합니다.');
  if (plan.minPlayers > plan.maxPlayers) add('minPlayers', '최소 인원은 모집 인원보다 많을 수 없습니다.');
  if (Object.keys(errors).length) throw invalid('입력값을 확인해 주세요.', errors);
}

/** Default deadline: two hours before the start, or the start itself when that is already past. */
const defaultRecruitUntil = (startsAt: Date, now: Date) => {
  const twoHoursBefore = new Date(startsAt.getTime() - RECRUIT_LEAD_MS);
  return twoHoursBefore > now ? twoHoursBefore : startsAt;
};

/**
 * Where the game is played: a point picked on the map, else the picked venue's point, else the
 * dong's centre; the dong always follows the point (lib/neighbourhoods/locate.ts).
 */
export async function placeOf(tx: Db, input: PlaceInput & { venueId?: number | null }) {
  let source: PlaceInput = input;
  if (input.venueId) {
    const [venue] = await tx.select({ neighbourhoodCode: venues.neighbourhoodCode, lat: venues.lat, lng: venues.lng }).from(venues).where(eq(venues.id, input.venueId));
    if (!venue) throw invalid('입력값을 확인해 주세요.', { venueId: ['없는 장소입니다.'] });
    if (input.lat == null && input.lng == null) source = venue;
  }
  const place = await placeAt(tx, source);
  return { ...place, sigunguCode: place.neighbourhoodCode.slice(0, 5) };
}

export type GamePlace = Awaited<ReturnType<typeof placeOf>>;

/** Series fields of an occurrence (lib/games/series.ts), and the place all occurrences share, found once. */
export type Occurrence = { seriesId: number; priorityUntil: Date | null; place: GamePlace };

/** Checks the plan and writes the game with its chat room (host seated), inside `tx`; returns its id. */
export async function insertGame(tx: Db, host: User, input: CreateGameInput, now: Date, occurrence?: Occurrence) {
  if (input.fee > 0) assertEmailVerified(host);
  const recruitUntil = input.recruitUntil ?? defaultRecruitUntil(input.startsAt, now);
  validatePlan({ ...input, recruitUntil }, now, () => true);
  const { place = await placeOf(tx, input), ...series } = occurrence ?? {};
  const room = await createRoom(tx, { kind: 'game', title: input.title, owner: host, capacity: null });
  const [game] = await tx
    .insert(games)
    .values({ ...input, ...place, ...series, venueId: input.venueId ?? null, recruitUntil, hostId: host.id, chatRoomId: room.id, createdAt: now, updatedAt: now })
    .returning({ id: games.id });
  await recordGamesUpdated(tx, [game!.id]);
  return game!.id;
}

/** The game and its chat room (host seated), in one transaction. Paid games need a verified email. */
export async function createGame(db: Db, host: User, input: CreateGameInput, clock: Clock = systemClock) {
  const id = await db.transaction((tx) => insertGame(tx, host, input, clock()));
  return getGame(db, id);
}

/** The game is public: anyone but the host gets 403 on changes. */
async function lockHostedGame(tx: Db, host: User, id: number) {
  const [game] = await tx.select().from(games).where(eq(games.id, id)).for('update');
  if (!game) throw notFound('경기를 찾을 수 없습니다.');
  if (game.hostId !== host.id) throw forbidden('경기를 연 호스트만 할 수 있습니다.');
  return game;
}

const recruitingStatuses = ['recruiting', 'full'];

/**
 * One game's change, inside `tx` (the game row locked first): the rules of a single PATCH, also
 * applied to each future occurrence of a series.
 */
export async function applyGameUpdate(tx: Db, host: User, id: number, input: UpdateGameInput, clock: Clock) {
  const now = clock();
  const game = await lockHostedGame(tx, host, id);
  if (!recruitingStatuses.includes(game.status)) throw conflict('모집 중인 경기만 고칠 수 있습니다.', undefined, 'not_recruiting');
  const next = { ...game, ...input };
  validatePlan(next, now, (field) => input[field] !== undefined);
  if (input.maxPlayers !== undefined && input.maxPlayers < game.joinedCount) {
    throw conflict('모집 인원은 지금 참여한 인원보다 적을 수 없습니다.', { maxPlayers: [`이미 ${game.joinedCount}명이 참여했습니다.`] }, 'below_joined');
  }
  if (input.fee !== undefined && input.fee !== game.fee) {
    if (input.fee > 0) assertEmailVerified(host);
    const [paid] = await tx
      .select({ n: count() })
      .from(gamePlayers)
      .where(and(eq(gamePlayers.gameId, id), isNotNull(gamePlayers.paymentId), inArray(gamePlayers.status, ['joined', 'pending_payment'])));
    if (paid!.n > 0) throw conflict('결제한 참가자가 있어 참가비를 바꿀 수 없습니다.', { fee: ['결제한 참가자가 있어 참가비를 바꿀 수 없습니다.'] }, 'fee_locked');
  }
  const place =
    input.neighbourhoodCode !== undefined || input.lat !== undefined || input.lng !== undefined || input.venueId
      ? await placeOf(tx, { neighbourhoodCode: input.neighbourhoodCode, lat: input.lat, lng: input.lng, venueId: input.venueId })
      : {};
  const status = next.joinedCount >= next.maxPlayers ? 'full' : 'recruiting';
  await tx.update(games).set({ ...input, ...place, status, updatedAt: now }).where(eq(games.id, id));
  if (input.title) await tx.update(chatRooms).set({ title: input.title }).where(eq(chatRooms.id, game.chatRoomId));
  if (status === 'recruiting') await promoteWaitlist(tx, id, clock);
  await recordGamesUpdated(tx, [id]);
}

export async function updateGame(db: Db, host: User, id: number, input: UpdateGameInput, clock: Clock = systemClock) {
  await transact(db, (tx) => applyGameUpdate(tx, host, id, input, clock));
  return getGame(db, id);
}

/** Host cancels: everyone is refunded in full. */
export async function cancelGame(db: Db, host: User, id: number, clock: Clock = systemClock) {
  await transact(db, async (tx) => {
    await lockLivePayments(tx, id);
    const game = await lockHostedGame(tx, host, id);
    if (![...recruitingStatuses, 'confirmed'].includes(game.status)) throw conflict('이미 끝났거나 취소된 경기입니다.', undefined, 'ended');
    await terminateGame(tx, game, 'cancelled', clock);
    await recordGamesUpdated(tx, [id]);
  });
  return getGame(db, id);
}

async function joinedPlayers(tx: Db, gameId: number) {
  const [row] = await tx
    .select({ n: count() })
    .from(gamePlayers)
    .where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.status, 'joined')));
  return row!.n;
}

/** Host closes recruitment early: the game is confirmed if enough players have joined. */
export async function closeGame(db: Db, host: User, id: number, clock: Clock = systemClock) {
  await transact(db, async (tx) => {
    const game = await lockHostedGame(tx, host, id);
    if (!recruitingStatuses.includes(game.status)) throw conflict('모집 중인 경기가 아닙니다.', undefined, 'not_recruiting');
    if ((await joinedPlayers(tx, id)) < game.minPlayers) {
      throw conflict(`최소 인원(${game.minPlayers}명)이 모이지 않아 마감할 수 없습니다. 경기를 취소해 주세요.`, undefined, 'below_min');
    }
    await confirm(tx, game, clock());
    await recordGamesUpdated(tx, [id]);
  });
  return getGame(db, id);
}

async function confirm(tx: Db, game: Game, now: Date) {
  await tx.update(games).set({ status: 'confirmed', updatedAt: now }).where(eq(games.id, game.id));
  await noticeConfirmed(tx, game);
  await dropWaitlist(tx, game.id, now);
}

/**
 * Sweeper: games whose recruitment deadline passed are confirmed (enough joined) or failed
 * (everyone refunded), one transaction per game. SKIP LOCKED lets several processes sweep at
 * once. Returns the games changed.
 */
export async function settleRecruitment(db: Db, now: Date, batch = 50) {
  const due = await db
    .select({ id: games.id })
    .from(games)
    .where(and(inArray(games.status, recruitingStatuses as Game['status'][]), lte(games.recruitUntil, now)))
    .orderBy(asc(games.recruitUntil))
    .limit(batch);
  const settled: number[] = [];
  for (const { id } of due) {
    const done = await transact(db, async (tx) => {
      await lockLivePayments(tx, id);
      // Another process may be settling it: skip, and re-check the status under the lock.
      const [game] = await tx
        .select()
        .from(games)
        .where(and(eq(games.id, id), inArray(games.status, recruitingStatuses as Game['status'][]), lte(games.recruitUntil, now)))
        .for('update', { skipLocked: true });
      if (!game) return false;
      if ((await joinedPlayers(tx, game.id)) >= game.minPlayers) await confirm(tx, game, now);
      else await terminateGame(tx, game, 'failed', () => now);
      await recordGamesUpdated(tx, [id]);
      return true;
    });
    if (done) settled.push(id);
  }
  return settled;
}

/** Sweeper: confirmed games past their end are finished (a conditional UPDATE: idempotent). */
export async function finishGames(db: Db, now: Date) {
  return transact(db, async (tx) => {
    const done = await tx
      .update(games)
      .set({ status: 'finished', updatedAt: now })
      .where(and(eq(games.status, 'confirmed'), lte(games.endsAt, now)))
      .returning();
    await recordEvents(tx, done.map(gameUpdated));
    return done.map((g) => g.id);
  });
}

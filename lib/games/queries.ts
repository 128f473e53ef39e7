import { and, asc, count, desc, eq, gt, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games, payments, users, type Game, type GamePlayer, type User } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { trustBadgeColumns } from '@/lib/trust/columns';
import { notFound } from '@/lib/core/domain-error';
import { pageInfo } from '@/lib/core/pagination';
import { sharedBody, sharedPages } from '@/lib/core/shared-pages';
import { policyRefund } from './refund-policy';
import { timesOfDay, type PlayerStatus, type TimeOfDay } from '@/db/constants/games';
import { genderLabels, levelLabels, sportLabels } from './labels';
import type { GameView, ListGamesQuery, ParticipationView } from './schema';

type HostFields = Pick<User, 'id' | 'username' | 'isActive' | 'avatarKey'> & { verifiedDong?: string | null; temperature?: number };

export function toGameView(game: Game, host: HostFields, distanceKm?: number): GameView {
  return {
    id: game.id,
    sport: game.sport,
    sportLabel: sportLabels[game.sport],
    title: game.title,
    description: game.description,
    level: game.level,
    levelLabel: levelLabels[game.level],
    gender: game.gender,
    genderLabel: genderLabels[game.gender],
    venueId: game.venueId,
    placeName: game.placeName,
    address: game.address,
    neighbourhoodCode: game.neighbourhoodCode,
    lat: game.lat,
    lng: game.lng,
    startsAt: game.startsAt.toISOString(),
    endsAt: game.endsAt.toISOString(),
    recruitUntil: game.recruitUntil.toISOString(),
    minPlayers: game.minPlayers,
    maxPlayers: game.maxPlayers,
    fee: game.fee,
    status: game.status,
    joinedCount: game.joinedCount,
    chatRoomId: game.chatRoomId,
    host: toUserRef(host),
    verifiedOnly: game.verifiedOnly,
    offerMinutes: game.offerMinutes,
    seriesId: game.seriesId,
    priorityUntil: game.priorityUntil?.toISOString() ?? null,
    hiddenAt: game.hiddenAt?.toISOString() ?? null,
    ...(distanceKm === undefined ? {} : { distanceKm: Math.round(distanceKm * 100) / 100 }),
  };
}

const hostColumns = { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey, ...trustBadgeColumns };

export async function getGame(db: Db, id: number) {
  const [row] = await db.select({ game: games, host: hostColumns }).from(games).innerJoin(users, eq(users.id, games.hostId)).where(eq(games.id, id));
  if (!row) throw notFound('경기를 찾을 수 없습니다.');
  return toGameView(row.game, row.host);
}

/** A game as a viewer may open it: hidden games are gone for everyone but their host. */
export async function getVisibleGame(db: Db, id: number, viewerId: number | null) {
  const game = await getGame(db, id);
  if (game.hiddenAt && game.host.id !== viewerId) throw notFound('경기를 찾을 수 없습니다.');
  return game;
}

/** Games I host, latest start first (the most recent 200): /host/games groups them by status. */
export async function listHostedGames(db: Db, hostId: number) {
  const rows = await db
    .select({ game: games, host: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey } })
    .from(games)
    .innerJoin(users, eq(users.id, games.hostId))
    .where(eq(games.hostId, hostId))
    .orderBy(desc(games.startsAt), desc(games.id))
    .limit(200);
  return rows.map((r) => toGameView(r.game, r.host));
}

/** Games I play in (seat taken or held for payment) that haven't started, soonest first: the first is my next one. */
const playingAhead = (userId: number, now: Date) =>
  and(
    eq(gamePlayers.userId, userId),
    inArray(gamePlayers.status, ['joined', 'pending_payment']),
    inArray(games.status, ['recruiting', 'full', 'confirmed']),
    gt(games.startsAt, now),
  );
const soonestFirst = [asc(games.startsAt), asc(games.id)];

/** My next game's row: the game, its host (users) and my participation (game_players). */
export const nextGameColumns = { game: games, host: hostColumns, status: gamePlayers.status };

/** My next game with my participation; null when there is none (also from left joins that found none). */
export const toNextGame = (row: { game: Game | null; host: HostFields | null; status: PlayerStatus | null } | undefined) =>
  row?.game && row.host && row.status ? { game: toGameView(row.game, row.host), participation: row.status } : null;

/** My next game with my participation; null when there is none. For the home page. */
export async function nextGameFor(db: Db, userId: number, now: Date) {
  const [row] = await db
    .select(nextGameColumns)
    .from(gamePlayers)
    .innerJoin(games, eq(games.id, gamePlayers.gameId))
    .innerJoin(users, eq(users.id, games.hostId))
    .where(playingAhead(userId, now))
    .orderBy(...soonestFirst)
    .limit(1);
  return toNextGame(row);
}

/** The game_players id of my next game as a subquery, for a statement that joins it by key (the home page's). */
export const nextGamePlayerId = (db: Db, userId: number, now: Date) =>
  db
    .select({ id: gamePlayers.id })
    .from(gamePlayers)
    .innerJoin(games, eq(games.id, gamePlayers.gameId))
    .where(playingAhead(userId, now))
    .orderBy(...soonestFirst)
    .limit(1);

/** Great-circle distance in km from a point (haversine), as SQL over the game's coordinates. */
const distanceFrom = (lat: number, lng: number) =>
  sql<number>`6371 * 2 * asin(sqrt(power(sin(radians(${games.lat} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${games.lat})) * power(sin(radians(${games.lng} - ${lng}) / 2), 2)))`;

/** The Seoul start hours of a time-of-day bucket (games.start_hour is kept by PostgreSQL). */
const hoursOf = (bucket: TimeOfDay) => {
  const [from, to] = timesOfDay[bucket];
  return Array.from({ length: to - from }, (_, i) => from + i);
};

/**
 * Search. `near` narrows by a bounding box first (games_lat_lng_idx) and then by the exact
 * distance; without a status, only games still ahead (recruiting, full, confirmed) are listed.
 */
export function listGames(db: Db, query: ListGamesQuery, viewerId: number | null = null) {
  // Every anonymous viewer sees the same page; a signed-in one may host a hidden game.
  if (viewerId === null) return publicSearches.get(JSON.stringify(query), () => searchGames(db, query, null).then(sharedBody));
  return searchGames(db, query, viewerId);
}

type GamePage = { items: GameView[]; page: ReturnType<typeof pageInfo> };

/**
 * Anonymous searches, shared (lib/core/shared-pages.ts): any game change (`game:updated`) marks
 * them all changed; a cancelled or hidden game is never served from an older page.
 */
const publicSearches = sharedPages<GamePage>('game-searches');
export const forgetGameSearches = ({ removed = false } = {}) => (removed ? publicSearches.forgetRemoved() : publicSearches.forget());

async function searchGames(db: Db, query: ListGamesQuery, viewerId: number | null): Promise<GamePage> {
  // Hidden games stay in their host's lists only.
  const where: SQL[] = [or(isNull(games.hiddenAt), eq(games.hostId, viewerId ?? 0))!];
  where.push(query.status ? eq(games.status, query.status) : inArray(games.status, ['recruiting', 'full', 'confirmed']));
  if (query.sport) where.push(eq(games.sport, query.sport));
  if (query.from) where.push(gte(games.startsAt, query.from));
  if (query.to) where.push(lte(games.startsAt, query.to));
  if (query.sigungu) where.push(eq(games.sigunguCode, query.sigungu));
  if (query.neighbourhood) where.push(eq(games.neighbourhoodCode, query.neighbourhood));
  if (query.level) where.push(eq(games.level, query.level));
  if (query.gender) where.push(eq(games.gender, query.gender));
  if (query.timeOfDay) where.push(inArray(games.startHour, query.timeOfDay.flatMap((bucket) => hoursOf(bucket as TimeOfDay))));
  if (query.weekday) where.push(inArray(games.weekday, query.weekday));
  if (query.free !== undefined) where.push(query.free ? eq(games.fee, 0) : sql`${games.fee} > 0`);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(games.title, pattern), ilike(games.placeName, pattern), ilike(games.address, pattern))!);
  }
  let distance: SQL<number> | undefined;
  if (query.near) {
    const [lat, lng] = query.near;
    const dLat = query.radiusKm / 111.2;
    const dLng = query.radiusKm / (111.2 * Math.cos((lat * Math.PI) / 180));
    distance = distanceFrom(lat, lng);
    where.push(
      sql`${games.lat} between ${lat - dLat} and ${lat + dLat}`,
      sql`${games.lng} between ${lng - dLng} and ${lng + dLng}`,
      sql`${distance} <= ${query.radiusKm}`,
    );
  }
  const condition = and(...where);
  const sortByDistance = distance && query.sort !== 'startsAt';
  // The total rides along as a window count (one statement); only a page past the end, which
  // has no row to carry it, asks for it separately.
  const rows = await db
    .select({ game: games, host: hostColumns, distanceKm: distance ?? sql<null>`null`, total: sql<number>`count(*) over ()` })
    .from(games)
    .innerJoin(users, eq(users.id, games.hostId))
    .where(condition)
    .orderBy(...(sortByDistance ? [asc(distance!)] : []), asc(games.startsAt), asc(games.id))
    .limit(query.size)
    .offset((query.page - 1) * query.size);
  const total = rows.length ? Number(rows[0]!.total) : query.page > 1 ? (await db.select({ n: count() }).from(games).where(condition))[0]!.n : 0;
  return {
    items: rows.map((r) => toGameView(r.game, r.host, r.distanceKm == null ? undefined : Number(r.distanceKm))),
    page: pageInfo(query.page, query.size, total),
  };
}

export function toParticipationView(p: GamePlayer, user: HostFields, waitlistPosition: number | null = null): ParticipationView {
  return {
    id: p.id,
    gameId: p.gameId,
    user: toUserRef(user),
    status: p.status,
    paymentId: p.paymentId,
    waitlistPosition,
    createdAt: p.createdAt.toISOString(),
  };
}

/** Live players (joined, paying, waitlisted) in the order they came; the waitlist is numbered. */
export async function listPlayers(db: Db, gameId: number) {
  await getGame(db, gameId);
  const rows = await db
    .select({ p: gamePlayers, user: hostColumns })
    .from(gamePlayers)
    .innerJoin(users, eq(users.id, gamePlayers.userId))
    .where(and(eq(gamePlayers.gameId, gameId), inArray(gamePlayers.status, ['joined', 'pending_payment', 'waitlisted'])))
    .orderBy(asc(gamePlayers.id));
  let position = 0;
  return rows.map((r) => toParticipationView(r.p, r.user, r.p.status === 'waitlisted' ? ++position : null));
}

/** A user's latest participation in a game (live or not). */
export async function getPlayer(db: Db, gameId: number, userId: number) {
  const rows = await listPlayers(db, gameId);
  const live = rows.find((p) => p.user.id === userId);
  if (live) return live;
  const [row] = await db
    .select({ p: gamePlayers, user: hostColumns })
    .from(gamePlayers)
    .innerJoin(users, eq(users.id, gamePlayers.userId))
    .where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.userId, userId)))
    .orderBy(sql`${gamePlayers.id} desc`)
    .limit(1);
  if (!row) throw notFound('이 경기의 참가자가 아닙니다.');
  return toParticipationView(row.p, row.user);
}

/**
 * What a player's own cancellation would refund right now (the same cap the game purpose applies),
 * so the page can show it before they confirm. Null when they hold no live place.
 */
export async function cancellationQuote(db: Db, gameId: number, userId: number, now: Date) {
  const [row] = await db
    .select({ status: gamePlayers.status, startsAt: games.startsAt, payment: payments })
    .from(gamePlayers)
    .innerJoin(games, eq(games.id, gamePlayers.gameId))
    .leftJoin(payments, eq(payments.id, gamePlayers.paymentId))
    .where(and(eq(gamePlayers.gameId, gameId), eq(gamePlayers.userId, userId), inArray(gamePlayers.status, ['joined', 'pending_payment', 'waitlisted'])));
  if (!row) return null;
  const paid = row.status === 'joined' && (row.payment?.status === 'approved' || row.payment?.status === 'partially_cancelled') ? row.payment : null;
  if (!paid) return { refundAmount: 0, paidAmount: 0 };
  const remaining = paid.amount - paid.cancelledAmount;
  return { refundAmount: Math.min(remaining, policyRefund(paid.amount, paid.cancelledAmount, row.startsAt, now)), paidAmount: paid.amount };
}

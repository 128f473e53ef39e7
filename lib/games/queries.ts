import { and, asc, desc, eq, gt, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gamePlayers, games, payments, upcomingGame, users, type Game, type GamePlayer, type User } from '@/db/schema';
import { toUserRef } from '@/lib/accounts/user-ref';
import { trustBadgeColumns } from '@/lib/trust/columns';
import { notFound } from '@/lib/core/domain-error';
import { cappedPageInfo, pageInfo, windowedCountCap } from '@/lib/core/pagination';
import { distanceKm, nearestFirst, planeKm, PLANE_ERROR, withinKm } from '@/lib/map/nearby';
import { sharedBody, sharedPages } from '@/lib/core/shared-pages';
import { policyRefund } from './refund-policy';
import { timesOfDay, type PlayerStatus, type TimeOfDay } from '@/db/constants/games';
import { containsPattern } from '@/db/like';
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
    upcomingGame(games.status),
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

/** The Seoul start hours of a time-of-day bucket (games.start_hour is kept by PostgreSQL). */
const hoursOf = (bucket: TimeOfDay) => {
  const [from, to] = timesOfDay[bucket];
  return Array.from({ length: to - from }, (_, i) => from + i);
};

/**
 * Search. `near` keeps the games within the radius (games_position_idx) and lists the nearest
 * first unless `sort=startsAt`; without a status, only games still ahead (recruiting, full,
 * confirmed) are listed.
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
  where.push(query.status ? eq(games.status, query.status) : upcomingGame(games.status));
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
    const pattern = containsPattern(query.q);
    where.push(or(ilike(games.title, pattern), ilike(games.placeName, pattern), ilike(games.address, pattern))!);
  }
  // The total is counted up to what the page's numbers need (windowedCountCap), exact below
  // that and a floor at it (`totalCapped`): a search over a whole city costs what one over a
  // few dozen games does.
  const cap = windowedCountCap(query.page, query.size);
  const found =
    query.near && query.sort !== 'startsAt'
      ? await nearestGames(db, where, query.near, query, cap)
      : await byRadius(db, where, query, query.near, cap, [asc(games.startsAt), asc(games.id)]);
  return {
    items: found.rows.map((r) => toGameView(r.game, r.host, r.distanceKm == null ? undefined : Number(r.distanceKm))),
    page: cappedPageInfo(query.page, query.size, found.counted, cap),
  };
}

type FoundGames = { rows: { game: Game; host: HostFields; distanceKm: number | null }[]; counted: number };
type PageOf = Pick<ListGamesQuery, 'page' | 'size' | 'radiusKm'>;

/**
 * Nearest first (the default with `near`): one walk of the position index, nearest outwards on
 * mapPoint's plane, over the games that pass the other filters, stopping after `cap + 1` of them
 * whatever the table holds (games_upcoming_position_idx for the default status). The page and
 * the total come from the games it met within the radius, ordered by their exact distance, then
 * start. The plane is within PLANE_ERROR of the exact distance, so the walk is known to hold every
 * game it must when it went past the radius by that much or ran out of games; otherwise (a total
 * of about `cap`, or a page at the walk's far end) the search goes by the radius instead.
 */
async function nearestGames(db: Db, where: SQL[], centre: readonly [number, number], query: PageOf, cap: number): Promise<FoundGames> {
  const reach = nearestFirst(games.lat, games.lng, centre);
  const nearestOutwards = db
    .select({ id: games.id, reach: sql<number>`${reach}`.as('reach'), km: distanceKm(games.lat, games.lng, centre).as('km'), startsAt: games.startsAt })
    .from(games)
    .where(and(...where))
    .orderBy(reach);
  // The limit is written out, not bound: PostgreSQL guesses a bound limit at a tenth of the rows,
  // so on a large table the statement's generic plan looked dear and every search was planned
  // afresh (~1 ms of a 2 ms search). One prepared statement per page depth, a handful in practice.
  const walk = db.$with('walk', {}).as(sql`${nearestOutwards} limit ${sql.raw(String(cap + 1))}`);
  const inside = sql`km <= ${query.radiusKm}`;
  const pageIds = sql`(select id from walk where ${inside} order by km, starts_at, id limit ${query.size} offset ${(query.page - 1) * query.size})`;
  // One row even for an empty page: what the walk met, and the page's ids, which the join below
  // fetches by key (a join on the walk itself had a small table's planner read it whole).
  const met = sql`(select count(*)::int as walked, coalesce(max(reach), 0) as farthest, (count(*) filter (where ${inside}))::int as inside, array(${pageIds}) as ids from walk) as met`;
  const exact = distanceKm(games.lat, games.lng, centre);
  const rows = await db
    .with(walk)
    .select({ game: games, host: hostColumns, distanceKm: exact, walked: sql<number>`met.walked`, farthest: sql<number>`met.farthest`, inside: sql<number>`met.inside` })
    .from(met)
    .leftJoin(games, sql`${games.id} = any(met.ids)`)
    .leftJoin(users, eq(users.id, games.hostId))
    .orderBy(exact, asc(games.startsAt), asc(games.id));
  const { walked, inside: counted } = rows[0]!;
  const farthestKm = planeKm(Number(rows[0]!.farthest));
  const found = rows.filter((r): r is typeof r & { game: Game; host: HostFields } => r.game !== null && r.host !== null);
  const wholeRadius = walked <= cap || farthestKm > query.radiusKm * PLANE_ERROR;
  const lastKm = found.at(-1)?.distanceKm;
  const pageKnown = wholeRadius || (found.length === query.size && Number(lastKm) * PLANE_ERROR < farthestKm);
  if (pageKnown && (wholeRadius || counted > cap)) return { rows: found, counted };
  return byRadius(db, where, query, centre, cap, [asc(distanceKm(games.lat, games.lng, centre)), asc(games.startsAt), asc(games.id)]);
}

/**
 * The page's ids walked in `order` (games_starts_at_idx for soonest first) within the radius box
 * of games_position_idx when `near`, then just those rows joined; the total counted up to the cap.
 */
async function byRadius(db: Db, where: SQL[], query: PageOf, near: readonly [number, number] | undefined, cap: number, order: SQL[]): Promise<FoundGames> {
  const condition = and(...where, near ? withinKm(games.lat, games.lng, near, query.radiusKm) : undefined);
  const total = sql<number>`(select count(*)::int from (select 1 from ${games} where ${condition} limit ${cap + 1}) capped)`;
  const pageIds = db
    .select({ id: games.id })
    .from(games)
    .where(condition)
    .orderBy(...order)
    .limit(query.size)
    .offset((query.page - 1) * query.size)
    .as('page_ids');
  const rows = await db
    .select({ game: games, host: hostColumns, distanceKm: near ? distanceKm(games.lat, games.lng, near) : sql<null>`null`, total })
    .from(games)
    .innerJoin(pageIds, eq(pageIds.id, games.id))
    .innerJoin(users, eq(users.id, games.hostId))
    .orderBy(...order);
  const counted = rows.length ? Number(rows[0]!.total) : query.page > 1 ? (await db.select({ n: total }).from(sql`(select 1) as one`))[0]!.n : 0;
  return { rows, counted };
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

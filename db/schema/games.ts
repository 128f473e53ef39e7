import { sql, type SQL } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, doublePrecision, index, integer, pgTable, smallint, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { id, ref, timestamps, timestamptz } from './columns';
import { userRef, users } from './accounts';
import { chatRooms } from './chat';
import { neighbourhoodRef } from './neighbourhoods';
import { payments } from './payments';
import { sports, gameGenders, gameLevels, gameStatuses, playerStatuses, MAX_PRIORITY_HOURS, OFFER_MINUTES, type Sport, type GameGender, type GameLevel, type GameStatus, type PlayerStatus } from '../constants/games';
import { inList } from './in-list';
import { mapPoint } from './map-point';

/**
 * A game still ahead, written out (not as parameters) so PostgreSQL matches it to the partial
 * index's predicate in every plan of a prepared statement.
 */
export const upcomingGame = (status: AnyPgColumn | SQL) => sql`${status} in ('recruiting', 'full', 'confirmed')`;


export const venues = pgTable(
  'venues',
  {
    id: id(),
    name: text().notNull(),
    address: text().notNull(),
    detailAddress: text().notNull().default(''),
    contact: text().notNull().default(''),
    description: text().notNull().default(''),
    isIndoor: boolean().notNull().default(false),
    sports: text().array().$type<Sport[]>().notNull().default(sql`'{}'::text[]`),
    neighbourhoodCode: neighbourhoodRef(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('venues_address_idx').on(t.address),
    index('venues_neighbourhood_code_idx').on(t.neighbourhoodCode),
  ],
);

/** A weekly game: every occurrence is its own row in games (series_id), made when the series is. */
export const gameSeries = pgTable(
  'game_series',
  {
    id: id(),
    hostId: userRef('restrict'),
    /** ISO weekdays (1 Monday … 7 Sunday) the game is played on. */
    weekdays: smallint().array().notNull(),
    /** The last Seoul calendar day an occurrence may fall on. */
    until: date({ mode: 'string' }).notNull(),
    /** How long after an occurrence ends its players alone may join the next one. */
    priorityHours: integer().notNull().default(24),
    ...timestamps(),
  },
  (t) => [
    index('game_series_host_id_idx').on(t.hostId),
    check('game_series_priority_hours_check', sql.raw(`priority_hours between 0 and ${MAX_PRIORITY_HOURS}`)),
    check('game_series_weekdays_check', sql`cardinality(${t.weekdays}) between 1 and 7 and ${t.weekdays} <@ array[1,2,3,4,5,6,7]::smallint[]`),
  ],
);

export const games = pgTable(
  'games',
  {
    id: id(),
    hostId: userRef('restrict'),
    sport: text().$type<Sport>().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    level: text().$type<GameLevel>().notNull().default('any'),
    /** The format (Plab's 혼성/남성/여성 matches), shown to players; the profile holds no gender to check it against. */
    gender: text().$type<GameGender>().notNull().default('mixed'),
    venueId: integer().references(() => venues.id, { onDelete: 'set null' }),
    placeName: text().notNull(),
    address: text().notNull(),
    neighbourhoodCode: neighbourhoodRef(),
    /** The first five digits of the 행정동 code: search by 시군구 without a join. */
    sigunguCode: varchar({ length: 5 }).notNull(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    // Seoul hour (0..23) and ISO weekday (1 Monday … 7 Sunday) of the start, kept by PostgreSQL
    // so the time-of-day and weekday filters are indexed equality/range scans.
    startHour: smallint().generatedAlwaysAs(sql`extract(hour from starts_at at time zone 'Asia/Seoul')::smallint`),
    weekday: smallint().generatedAlwaysAs(sql`extract(isodow from starts_at at time zone 'Asia/Seoul')::smallint`),
    recruitUntil: timestamptz().notNull(),
    minPlayers: integer().notNull(),
    maxPlayers: integer().notNull(),
    fee: integer().notNull().default(0),
    status: text().$type<GameStatus>().notNull().default('recruiting'),
    /** Seats held: joined plus pending_payment. */
    joinedCount: integer().notNull().default(0),
    chatRoomId: ref(() => chatRooms.id, 'restrict'),
    /** Only neighbours with a current 동네인증 in the game's 시군구 may join (lib/trust/policy.ts). */
    verifiedOnly: boolean().notNull().default(false),
    seriesId: integer().references(() => gameSeries.id, { onDelete: 'set null' }),
    /** Until then only the players of the series' previous occurrence may join (409 priority_window). */
    priorityUntil: timestamptz(),
    /** How long a seat offered from the waitlist of a paid game waits for its payment. */
    offerMinutes: integer().notNull().default(OFFER_MINUTES.default),
    /** Set by reports reaching the threshold or by an admin: off every list but its author's view. */
    hiddenAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('games_starts_at_idx').on(t.startsAt, t.id),
    index('games_sport_starts_at_idx').on(t.sport, t.startsAt),
    index('games_sigungu_code_starts_at_idx').on(t.sigunguCode, t.startsAt),
    // Within a radius (lib/map/nearby.ts); games still ahead also nearest first, the default search.
    index('games_position_idx').using('gist', mapPoint(t.lat, t.lng)),
    index('games_upcoming_position_idx').using('gist', mapPoint(t.lat, t.lng)).where(upcomingGame(t.status)),
    index('games_status_recruit_until_idx').on(t.status, t.recruitUntil),
    index('games_status_ends_at_idx').on(t.status, t.endsAt),
    index('games_host_id_idx').on(t.hostId, t.startsAt),
    index('games_level_starts_at_idx').on(t.level, t.startsAt),
    index('games_gender_starts_at_idx').on(t.gender, t.startsAt),
    index('games_start_hour_starts_at_idx').on(t.startHour, t.startsAt),
    index('games_weekday_starts_at_idx').on(t.weekday, t.startsAt),
    index('games_series_id_starts_at_idx').on(t.seriesId, t.startsAt),
    check('games_sport_check', inList('sport', sports)),
    check('games_level_check', inList('level', gameLevels)),
    check('games_gender_check', inList('gender', gameGenders)),
    check('games_offer_minutes_check', sql.raw(`offer_minutes between ${OFFER_MINUTES.min} and ${OFFER_MINUTES.max}`)),
    check('games_status_check', inList('status', gameStatuses)),
    check('games_players_check', sql`1 <= ${t.minPlayers} and ${t.minPlayers} <= ${t.maxPlayers} and ${t.maxPlayers} <= 100`),
    check('games_joined_count_check', sql`${t.joinedCount} between 0 and ${t.maxPlayers}`),
    check('games_fee_check', sql`${t.fee} >= 0`),
    check('games_times_check', sql`${t.recruitUntil} <= ${t.startsAt} and ${t.startsAt} < ${t.endsAt}`),
  ],
);

export const gamePlayers = pgTable(
  'game_players',
  {
    id: id(),
    gameId: ref(() => games.id, 'cascade'),
    userId: userRef('restrict'),
    status: text().$type<PlayerStatus>().notNull(),
    paymentId: integer().references(() => payments.id, { onDelete: 'set null' }),
    /** Order on the waitlist (the row id is enough: lower joined earlier). */
    waitlistedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // One live participation per player and game; cancelled and removed rows stay as history.
    uniqueIndex('game_players_active_idx')
      .on(t.gameId, t.userId)
      .where(sql`${t.status} in ('pending_payment', 'joined', 'waitlisted')`),
    index('game_players_waitlist_idx').on(t.gameId, t.waitlistedAt, t.id).where(sql`${t.status} = 'waitlisted'`),
    index('game_players_user_id_idx').on(t.userId, t.createdAt),
    index('game_players_payment_id_idx').on(t.paymentId),
    check('game_players_status_check', inList('status', playerStatuses)),
  ],
);

export type Venue = typeof venues.$inferSelect;
export type Game = typeof games.$inferSelect;
export type GameSeries = typeof gameSeries.$inferSelect;
export type GamePlayer = typeof gamePlayers.$inferSelect;

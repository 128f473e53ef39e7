import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { gameSeries, games, users, type User } from '@/db/schema';
import { MAX_SERIES_OCCURRENCES } from '@/db/constants/games';
import { systemClock, type Clock } from '@/lib/core/clock';
import { conflict, DomainError, forbidden, invalid, notFound } from '@/lib/core/domain-error';
import { fullDateTime, seoulDate, seoulParts } from '@/lib/core/seoul-time';
import { transact } from '@/lib/core/transact';
import { trustBadgeColumns } from '@/lib/trust/columns';
import { applyGameUpdate, insertGame, placeOf } from './mutations';
import { toGameView } from './queries';
import type { CreateSeriesInput, SeriesView, UpdateSeriesInput } from './schema';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** ISO weekday (1 Monday … 7 Sunday) of an instant in Seoul. */
const isoWeekday = (at: Date) => seoulParts(at).weekday || 7;

/**
 * The start of every occurrence: each Seoul day from the first start's day to `until` whose
 * weekday is listed, at the same Seoul time (Seoul keeps no daylight saving, so +24 h is the
 * same time the next day). Too many or none is a field error.
 */
export function occurrenceStarts(startsAt: Date, weekdays: number[], until: string) {
  if (until < seoulDate(startsAt)) throw invalid('입력값을 확인해 주세요.', { until: ['반복 종료일은 첫 경기 날짜 이후여야 합니다.'] });
  const starts: Date[] = [];
  for (let at = startsAt; seoulDate(at) <= until; at = new Date(at.getTime() + DAY_MS)) {
    if (!weekdays.includes(isoWeekday(at))) continue;
    if (starts.length === MAX_SERIES_OCCURRENCES) {
      throw invalid('입력값을 확인해 주세요.', { until: [`반복 경기는 한 번에 ${MAX_SERIES_OCCURRENCES}회까지 만들 수 있습니다. 종료일을 앞당겨 주세요.`] });
    }
    starts.push(at);
  }
  if (!starts.length) throw invalid('입력값을 확인해 주세요.', { weekdays: ['고른 요일이 기간 안에 없습니다.'] });
  return starts;
}

/**
 * A weekly series: one game per occurrence (each with its own chat room, editable alone), in
 * one transaction. From the second on, the previous occurrence's players alone may join until
 * `priorityHours` after it ends (never past the recruitment deadline).
 */
export async function createSeries(db: Db, host: User, input: CreateSeriesInput, clock: Clock = systemClock) {
  const now = clock();
  const { weekdays, until, priorityHours, ...first } = input;
  const starts = occurrenceStarts(first.startsAt, weekdays, until);
  const duration = first.endsAt.getTime() - first.startsAt.getTime();
  const recruitLead = first.recruitUntil ? first.startsAt.getTime() - first.recruitUntil.getTime() : undefined;
  const id = await transact(db, async (tx) => {
    const [series] = await tx.insert(gameSeries).values({ hostId: host.id, weekdays, until, priorityHours, createdAt: now, updatedAt: now }).returning();
    // Every occurrence is at the same place: its dong is worked out once.
    const place = await placeOf(tx, first);
    let previousEnd: Date | null = null;
    for (const startsAt of starts) {
      const endsAt = new Date(startsAt.getTime() + duration);
      const recruitUntil = recruitLead === undefined ? undefined : new Date(startsAt.getTime() - recruitLead);
      const priorityEnd: Date | null = previousEnd && priorityHours > 0 ? new Date(previousEnd.getTime() + priorityHours * HOUR_MS) : null;
      const deadline = recruitUntil ?? startsAt;
      const priorityUntil = priorityEnd && (priorityEnd < deadline ? priorityEnd : deadline);
      try {
        await insertGame(tx, host, { ...first, startsAt, endsAt, recruitUntil }, now, { seriesId: series!.id, priorityUntil, place });
      } catch (error) {
        // The first occurrence's errors stand as they are; a later one names its date.
        throw startsAt === starts[0] ? error : onOccurrence(startsAt, error);
      }
      previousEnd = endsAt;
    }
    return series!.id;
  });
  return getSeries(db, id, now);
}

/** A domain error of one occurrence, its message prefixed with that occurrence's date. */
const onOccurrence = (startsAt: Date, error: unknown) =>
  error instanceof DomainError ? new DomainError(error.code, `${fullDateTime(startsAt)} 회차: ${error.message}`, error.extra) : error;

const upcoming = ['recruiting', 'full', 'confirmed'] as const;

/** The series with its games still ahead, soonest first. */
export async function getSeries(db: Db, id: number, now: Date = new Date()): Promise<SeriesView> {
  const [series] = await db.select().from(gameSeries).where(eq(gameSeries.id, id));
  if (!series) throw notFound('반복 경기를 찾을 수 없습니다.');
  const rows = await db
    .select({ game: games, host: { id: users.id, username: users.username, isActive: users.isActive, avatarKey: users.avatarKey, ...trustBadgeColumns } })
    .from(games)
    .innerJoin(users, eq(users.id, games.hostId))
    .where(and(eq(games.seriesId, id), inArray(games.status, [...upcoming]), gt(games.startsAt, now)))
    .orderBy(asc(games.startsAt));
  return { id: series.id, weekdays: series.weekdays, until: series.until, priorityHours: series.priorityHours, games: rows.map((r) => toGameView(r.game, r.host)) };
}

/**
 * "All future occurrences": the change applies to every game of the series still recruiting
 * and not started, each by the rules of a single edit, all in one transaction. One that can't
 * take it (fewer seats than joined, a fee already paid) refuses the whole change with 409,
 * naming its date, so players are never affected by half an edit.
 */
export async function updateSeries(db: Db, host: User, id: number, input: UpdateSeriesInput, clock: Clock = systemClock) {
  const now = clock();
  await transact(db, async (tx) => {
    const [series] = await tx.select().from(gameSeries).where(eq(gameSeries.id, id)).for('update');
    if (!series) throw notFound('반복 경기를 찾을 수 없습니다.');
    if (series.hostId !== host.id) throw forbidden('반복 경기를 연 호스트만 고칠 수 있습니다.');
    const future = await tx
      .select({ id: games.id, startsAt: games.startsAt })
      .from(games)
      .where(and(eq(games.seriesId, id), inArray(games.status, ['recruiting', 'full']), gt(games.startsAt, now)))
      .orderBy(asc(games.id));
    if (!future.length) throw conflict('고칠 수 있는 남은 회차가 없습니다.', undefined, 'not_recruiting');
    for (const game of future) {
      try {
        await applyGameUpdate(tx, host, game.id, input, clock);
      } catch (error) {
        throw onOccurrence(game.startsAt, error);
      }
    }
    await tx.update(gameSeries).set({ updatedAt: now }).where(eq(gameSeries.id, id));
  });
  return getSeries(db, id, now);
}

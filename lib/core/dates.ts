import { isCalendarDate, seoulInstant } from './seoul-time';
import { z } from './zod';

const DAY_MESSAGE = '날짜를 YYYY-MM-DD 형식으로 입력해 주세요.';
const INSTANT_MESSAGE = 'ISO 8601 시각(예: 2025-06-01T19:00:00+09:00)이나 YYYY-MM-DD 날짜로 입력해 주세요.';
const isoInstant = z.iso.datetime({ offset: true });

/** A Seoul calendar day "YYYY-MM-DD" that exists (2000..2100). */
export const calendarDate = z
  .string({ error: DAY_MESSAGE })
  .refine(isCalendarDate, DAY_MESSAGE)
  .meta({ description: 'A day `YYYY-MM-DD` in Asia/Seoul.', examples: ['2026-06-01'] });

/** ISO 8601 with a Z or an offset (a real day, years 2000..2100 like calendar days), or a Seoul day. */
const isStrictInstant = (v: string) =>
  isCalendarDate(v) || (isoInstant.safeParse(v).success && isCalendarDate(new Date(v).toISOString().slice(0, 10)));

/**
 * A point in time, parsed strictly (never by `new Date` alone, which reads "zzqx' OR '1'='1" as
 * the year 2001 and "2026-02-30" as 2 March): ISO 8601 with a Z or an offset, or "YYYY-MM-DD"
 * for a Seoul day, which means its first instant for `start` and the next midnight for `end`.
 */
const strictInstant = (edge: 'start' | 'end', message: string, example: string) =>
  z
    .string({ error: message })
    .trim()
    .refine(isStrictInstant, message)
    // On the string, not the transform: zod leaves a transform's examples out of input schemas.
    .meta({ examples: [example] })
    .transform((v) => (isCalendarDate(v) ? seoulInstant(v, edge === 'start' ? 0 : 24) : new Date(v)))
    .meta({
      description:
        'An instant in ISO 8601 with `Z` or an offset (`2026-06-01T19:00:00+09:00`), or a date `YYYY-MM-DD`, which means that day in Asia/Seoul: ' +
        (edge === 'start' ? 'from its 00:00 KST.' : 'up to the end of it (the next 00:00 KST, exclusive).'),
    });

/** A point in time from a query string (`from`, `to`, …); see strictInstant. */
export const queryInstant = (edge: 'start' | 'end') => strictInstant(edge, INSTANT_MESSAGE, edge === 'start' ? '2026-06-01' : '2026-06-01T22:00:00+09:00');

/**
 * A point in time in a JSON body (a game's `startsAt`, a booking's `endsAt`, …), parsed as
 * strictly as a query: ISO 8601 with a Z or an offset, or "YYYY-MM-DD" as that Seoul day's
 * first instant. Every body date goes through this one helper; `example` is what /docs shows.
 */
export const bodyInstant = (what?: string, example = '2026-06-01T19:00:00+09:00') =>
  strictInstant('start', what ? `${what}을 ISO 8601 시각(예: 2025-06-01T19:00:00+09:00)이나 YYYY-MM-DD 날짜로 입력해 주세요.` : INSTANT_MESSAGE, example);

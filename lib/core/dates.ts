import { isCalendarDate, seoulInstant } from './seoul-time';
import { z } from './zod';

const DAY_MESSAGE = '날짜를 YYYY-MM-DD 형식으로 입력해 주세요.';
const isoInstant = z.iso.datetime({ offset: true });

/** A Seoul calendar day "YYYY-MM-DD" that exists (2000..2100). */
export const calendarDate = z.string({ error: DAY_MESSAGE }).refine(isCalendarDate, DAY_MESSAGE);

/**
 * A point in time from a query string, parsed strictly (never by `new Date`, which reads
 * "zzqx' OR '1'='1" as the year 2001): ISO 8601 with a Z or an offset, or "YYYY-MM-DD" for a
 * Seoul day, which means its first instant for `start` and the next midnight for `end`.
 */
export const queryInstant = (edge: 'start' | 'end') =>
  z
    .string()
    .trim()
    .refine((v) => isCalendarDate(v) || isoInstant.safeParse(v).success, 'ISO 8601 시각(예: 2025-06-01T19:00:00+09:00)이나 YYYY-MM-DD 날짜로 입력해 주세요.')
    .transform((v) => (isCalendarDate(v) ? seoulInstant(v, edge === 'start' ? 0 : 24) : new Date(v)));

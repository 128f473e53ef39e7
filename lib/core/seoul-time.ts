/**
 * Asia/Seoul is UTC+9 all year (no daylight saving since 1988), so a Seoul wall-clock time is
 * a fixed offset from UTC and needs no time-zone database.
 */
const OFFSET_MS = 9 * 3_600_000;

/** The instant of `hour` o'clock (0..24, 24 = the next midnight) on the Seoul calendar day "YYYY-MM-DD". */
export function seoulInstant(date: string, hour: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, hour) - OFFSET_MS);
}

/** The Seoul calendar day and hour of an instant: the day runs 00:00..24:00 Seoul time. */
export function seoulDateHour(instant: Date): { date: string; hour: number; minuteMs: number } {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    hour: shifted.getUTCHours(),
    minuteMs: shifted.getTime() % 3_600_000,
  };
}

/** True when "YYYY-MM-DD" names a real calendar day (years 2000..2100: bookings, not history). */
export function isCalendarDate(date: string): boolean {
  if (!/^(20\d{2}|2100)-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** The Seoul calendar day `days` after `from` (now by default). */
export const seoulDateAfter = (days: number, from: Date = new Date()) => seoulDateHour(new Date(from.getTime() + days * 86_400_000)).date;

/** The Monday (Seoul calendar) of the week holding the day "YYYY-MM-DD". */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return seoulDateAfter(-((weekday + 6) % 7), seoulInstant(date, 12));
}

/**
 * The one home of Seoul time, for the server and the browser alike. Asia/Seoul is UTC+9 all
 * year (no daylight saving since 1988), so a Seoul wall-clock time is a fixed offset from UTC
 * and needs no time-zone database; strings are assembled from numbers, so the server and the
 * browser render identical text (no hydration drift).
 */
const OFFSET_MS = 9 * 3_600_000;

/** Seoul's calendar and clock fields of an instant; weekday 0 is Sunday. */
export type SeoulParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

export function seoulParts(at: Date | string): SeoulParts {
  const d = new Date(new Date(at).getTime() + OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: d.getUTCDay() };
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2025-03-04": the calendar day in Seoul. */
export function seoulDate(at: Date | string): string {
  const p = seoulParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

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

const koreanWeekdays = ['일', '월', '화', '수', '목', '금', '토'];

/** "오후 3:05" */
export function clockTime(date: Date | string) {
  const { hour, minute } = seoulParts(date);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour < 12 ? '오전' : '오후'} ${h12}:${pad(minute)}`;
}

/** "2025년 3월 4일 화요일" */
export function dayLabel(date: Date | string) {
  const p = seoulParts(date);
  return `${p.year}년 ${p.month}월 ${p.day}일 ${koreanWeekdays[p.weekday]}요일`;
}

/** "2025년 3월 4일 오후 3:05" */
export function fullDateTime(date: Date | string) {
  const p = seoulParts(date);
  return `${p.year}년 ${p.month}월 ${p.day}일 ${clockTime(date)}`;
}

/** Short absolute form: "3월 4일", or "2024. 3. 4." in another year than `now`. */
export function shortDate(date: Date | string, now: Date | number = new Date()) {
  const p = seoulParts(date);
  return p.year === seoulParts(new Date(now)).year ? `${p.month}월 ${p.day}일` : `${p.year}. ${p.month}. ${p.day}.`;
}

const dayNumber = (p: SeoulParts) => Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;

/** "방금 전", "5분 전", "3시간 전", "어제", "4일 전", then the date. */
export function relativeTime(date: Date | string, now: number) {
  const then = new Date(date).getTime();
  const seconds = Math.max(0, (now - then) / 1000);
  if (seconds < 60) return '방금 전';
  if (seconds < 3600) return `${Math.floor(seconds / 60)}분 전`;
  const days = dayNumber(seoulParts(new Date(now))) - dayNumber(seoulParts(date));
  if (seconds < 86_400 && days === 0) return `${Math.floor(seconds / 3600)}시간 전`;
  if (days <= 1) return '어제';
  if (days < 7) return `${days}일 전`;
  return shortDate(date, now);
}

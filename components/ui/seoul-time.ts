/**
 * Times shown in Asia/Seoul whatever the device's zone. Strings are assembled from numeric
 * parts, so the server's and the browser's ICU data render identical text (no hydration drift).
 */
const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const koreanWeekdays = ['일', '월', '화', '수', '목', '금', '토'];

export type SeoulParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

export function seoulParts(date: Date | string): SeoulParts {
  const map = Object.fromEntries(parts.formatToParts(new Date(date)).map((p) => [p.type, p.value]));
  return {
    year: Number(map.year),
    month: Number(map.month),
    day: Number(map.day),
    hour: Number(map.hour) % 24,
    minute: Number(map.minute),
    weekday: weekdays.indexOf(map.weekday ?? 'Sun'),
  };
}

/** "오후 3:05" */
export function clockTime(date: Date | string) {
  const { hour, minute } = seoulParts(date);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour < 12 ? '오전' : '오후'} ${h12}:${String(minute).padStart(2, '0')}`;
}

/** "2025년 3월 4일 화요일" */
export function dayLabel(date: Date | string) {
  const p = seoulParts(date);
  return `${p.year}년 ${p.month}월 ${p.day}일 ${koreanWeekdays[p.weekday]}요일`;
}

/** "2025-03-04": the calendar day in Seoul, for grouping. */
export function dayKey(date: Date | string) {
  const p = seoulParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
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

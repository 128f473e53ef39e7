import * as gazette from '@hyunbinseo/holidays-kr/all';

export type DayKind = 'weekday' | 'weekend' | 'holiday';

// Every year the package knows (the official 월력요항, substitute holidays included), as one
// lookup; a date in a year it does not cover yet counts by its weekday alone.
const holidays: ReadonlyMap<string, readonly string[]> = new Map(Object.values(gazette).flatMap((year) => Object.entries(year as Record<string, readonly string[]>)));

/** A Seoul calendar day "YYYY-MM-DD": a public holiday, Saturday/Sunday, or a weekday. */
export function dayKind(date: string): DayKind {
  if (holidays.has(date)) return 'holiday';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
}

export const holidayNames = (date: string) => holidays.get(date) ?? [];

type Prices = { pricePerHour: number; weekendPricePerHour: number | null; holidayPricePerHour: number | null };

/** The hourly price on a Seoul day: a holiday falls back to the weekend price, the weekend to the weekday price. */
export function hourlyPriceOn(space: Prices, date: string) {
  const kind = dayKind(date);
  if (kind === 'holiday') return space.holidayPricePerHour ?? space.weekendPricePerHour ?? space.pricePerHour;
  if (kind === 'weekend') return space.weekendPricePerHour ?? space.pricePerHour;
  return space.pricePerHour;
}

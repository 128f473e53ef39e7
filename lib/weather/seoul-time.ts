/**
 * Korea has kept UTC+9 without daylight saving since 1988, so Seoul wall-clock fields are the
 * UTC fields of the instant shifted by nine hours.
 */
const KST_OFFSET_MS = 9 * 60 * 60_000;

export type SeoulParts = { year: number; month: number; day: number; hour: number; minute: number };

export function seoulParts(at: Date): SeoulParts {
  const d = new Date(at.getTime() + KST_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-11-25" in Seoul. */
export const seoulDate = (at: Date) => {
  const p = seoulParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
};

/** "20261125" in Seoul, the KMA's base_date format. */
export const kmaDate = (at: Date) => seoulDate(at).replaceAll('-', '');

/** The instant of a KMA date ("20261125") and time ("1400") in Seoul. */
export function fromKmaDateTime(date: string, time: string): Date {
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:00+09:00`;
  return new Date(iso);
}

export { pad };

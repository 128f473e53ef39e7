import { pad, seoulParts } from '@/lib/core/seoul-time';

/** A number field's value for the API: empty stays undefined (so the API names the missing field), anything else a number. */
export const numberOrUndefined = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === '' ? undefined : Number(v));

/** A datetime-local value read as Seoul wall-clock time (UTC+9 all year), whatever the device's zone. */
export const seoulInstant = (v: FormDataEntryValue | null) =>
  v && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(String(v)) ? new Date(`${String(v)}:00+09:00`).toISOString() : undefined;

/** An instant as a datetime-local value in Seoul wall-clock time. */
export const seoulLocal = (iso: string | Date) => {
  const p = seoulParts(iso);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
};

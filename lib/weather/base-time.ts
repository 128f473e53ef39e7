import { pad, seoulDate, seoulParts } from '@/lib/core/seoul-time';

export type BaseDateTime = { baseDate: string; baseTime: string };

const HOUR_MS = 60 * 60_000;

/** "20261125" in Seoul, the KMA's base_date format. */
export const kmaDate = (at: Date) => seoulDate(at).replaceAll('-', '');

/** The instant of a KMA date ("20261125") and time ("1400") in Seoul. */
export function fromKmaDateTime(date: string, time: string): Date {
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:00+09:00`;
  return new Date(iso);
}

/**
 * The newest run published at `now`: a run for HH:mm appears `delayMinutes` after the hour, so
 * before that the previous hour's run is the newest (at 00:10 that is yesterday's 23:00).
 */
function latestHourlyRun(now: Date, delayMinutes: number, minuteOfRun: number): BaseDateTime {
  const { minute } = seoulParts(now);
  const at = minute < delayMinutes ? new Date(now.getTime() - HOUR_MS) : now;
  return { baseDate: kmaDate(at), baseTime: `${pad(seoulParts(at).hour)}${pad(minuteOfRun)}` };
}

/** 초단기실황 (getUltraSrtNcst): observations for HH00, served from about HH:40. */
export const nowcastBase = (now: Date) => latestHourlyRun(now, 40, 0);

/** 초단기예보 (getUltraSrtFcst): the HH30 run, served from about HH:45. */
export const ultraShortForecastBase = (now: Date) => latestHourlyRun(now, 45, 30);

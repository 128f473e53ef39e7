import { kmaDate, pad, seoulParts } from './seoul-time';

export type BaseDateTime = { baseDate: string; baseTime: string };

const HOUR_MS = 60 * 60_000;

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

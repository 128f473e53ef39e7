'use client';
import { useSyncExternalStore } from 'react';
import { clockTime, seoulDate, fullDateTime, relativeTime, shortDate } from '@/lib/core/seoul-time';

const TICK_MS = 30_000;
const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, TICK_MS);
  return () => clearInterval(timer);
};
// Rounded, so the snapshot stays the same between React's consecutive reads.
const getSnapshot = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
const getServerSnapshot = () => null;

/** The current time, refreshed every 30 s; null while rendering on the server and hydrating. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

/** "5분 전" with the full Seoul time as a tooltip; the absolute date until the browser takes over. */
export function RelativeTime({ date, className }: { date: string; className?: string }) {
  const now = useNow();
  return (
    <time dateTime={date} title={fullDateTime(date)} className={className}>
      {now === null ? shortDate(date) : relativeTime(date, now)}
    </time>
  );
}

/** A chat list stamp: the clock time today, "어제", or the date. */
export function ChatTime({ date, className }: { date: string; className?: string }) {
  const now = useNow();
  let text = shortDate(date);
  if (now !== null) {
    const today = seoulDate(new Date(now));
    text = seoulDate(date) === today ? clockTime(date) : relativeTime(date, now) === '어제' ? '어제' : shortDate(date, now);
  }
  return (
    <time dateTime={date} title={fullDateTime(date)} className={className}>
      {text}
    </time>
  );
}

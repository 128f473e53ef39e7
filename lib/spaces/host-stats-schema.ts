import { z } from '@/lib/core/zod';
import { calendarDate } from '@/lib/core/dates';

export const MAX_STATS_DAYS = 92;
const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

/** Seoul calendar dates, both included; without them the last 30 days up to today. */
export const hostStatsQuery = z
  .object({ from: calendarDate.optional(), to: calendarDate.optional() })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '끝 날짜는 시작 날짜 이후여야 합니다.' });
    else if (v.from && v.to && daysBetween(v.from, v.to) > MAX_STATS_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `기간은 ${MAX_STATS_DAYS}일까지 볼 수 있습니다.` });
  });
export type HostStatsQuery = z.infer<typeof hostStatsQuery>;

const numbers = {
  /** Paid minus refunded, on the Seoul day the booking starts. */
  revenue: z.number().int(),
  /** Confirmed or completed bookings starting that day (by use date). */
  reservations: z.number().int(),
  /** Confirmed or completed bookings made that day (by booking date). */
  bookedOn: z.number().int(),
  /** Booked hours falling on that day (a booking over midnight counts on both days). */
  bookedHours: z.number(),
  /** Opening hours of the host's current spaces. */
  openHours: z.number().int(),
  /** bookedHours / openHours, 0..1; null when nothing is open. */
  occupancy: z.number().nullable(),
};

export const hostStats = z.object({
  from: z.string(),
  to: z.string(),
  /** Paid minus refunded of requested or confirmed bookings that have not started yet (any date, not only the range). */
  upcomingRevenue: z.number().int(),
  totals: z.object(numbers),
  days: z.array(z.object({ date: z.string(), ...numbers })),
  spaces: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      status: z.enum(['active', 'paused']),
      rating: z.number().nullable(),
      reviewCount: z.number().int(),
      ...numbers,
    }),
  ),
});
export type HostStats = z.infer<typeof hostStats>;

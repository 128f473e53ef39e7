import icalGenerator, { ICalEventStatus } from 'ical-generator';

/** One calendar entry as the domains describe it; the uid stays the same across downloads and feed polls. */
export type CalendarEvent = {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  /** tentative: a booking request not answered yet; cancelled: re-importing the same uid strikes it out. */
  status?: 'confirmed' | 'tentative' | 'cancelled';
  lastModified?: Date;
};

const statusOf = { confirmed: ICalEventStatus.CONFIRMED, tentative: ICalEventStatus.TENTATIVE, cancelled: ICalEventStatus.CANCELLED } as const;

/** Every uid ends with this domain, so our entries never collide with another app's in a calendar. */
export const UID_DOMAIN = 'dongne.app';

/**
 * An RFC 5545 calendar. Times are written in UTC (…Z), which every client converts to its own
 * zone without a VTIMEZONE block. (Naming Asia/Seoul here would make ical-generator write
 * floating local times, which need a time-zone generator to be right.)
 */
export function toICalendar(name: string, events: CalendarEvent[], stamp: Date): string {
  const calendar = icalGenerator({ name, prodId: { company: 'Dongne', product: '동네', language: 'KO' } });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      summary: e.summary,
      description: e.description ?? null,
      location: e.location ?? null,
      status: statusOf[e.status ?? 'confirmed'],
      stamp,
      lastModified: e.lastModified ?? null,
    });
  }
  return calendar.toString();
}

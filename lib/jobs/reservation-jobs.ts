import { expireUnansweredRequests } from '@/lib/reservations/approval';
import { completeEndedReservations } from '@/lib/reservations/mutations';
import { sendReservationReminders } from '@/lib/reservations/notices';
import type { Job } from './sweeper';

export const reservationJobs: Job[] = [
  { name: 'reservations:complete-ended', everyMs: 5 * 60_000, run: (db, now) => completeEndedReservations(db, now) },
  { name: 'reservations:expire-unanswered-requests', everyMs: 60_000, run: (db, now) => expireUnansweredRequests(db, now) },
  { name: 'reservations:remind-day-before', everyMs: 5 * 60_000, run: (db, now) => sendReservationReminders(db, now) },
];

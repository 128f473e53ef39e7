import { completeEndedReservations } from '@/lib/reservations/mutations';
import { sendReservationReminders } from '@/lib/reservations/notices';
import { registerJob } from './sweeper';

registerJob({ name: 'reservations:complete-ended', everyMs: 5 * 60_000, run: (db, now) => completeEndedReservations(db, now) });
registerJob({ name: 'reservations:remind-day-before', everyMs: 5 * 60_000, run: (db, now) => sendReservationReminders(db, now) });

import { completeEndedReservations } from '@/lib/reservations/mutations';
import { registerJob } from './sweeper';

registerJob({ name: 'reservations:complete-ended', everyMs: 5 * 60_000, run: (db, now) => completeEndedReservations(db, now) });

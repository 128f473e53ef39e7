import { deleteOldIdempotencyKeys } from '@/lib/http/idempotency';
import { expireStalePayments } from '@/lib/payments/mutations';
import type { Job } from './sweeper';

export const paymentJobs: Job[] = [
  { name: 'payments:expire', everyMs: 30_000, run: (db, now) => expireStalePayments(db, now) },
  { name: 'idempotency-keys:delete-old', everyMs: 60 * 60_000, run: (db, now) => deleteOldIdempotencyKeys(db, now) },
];

import { deleteOldIdempotencyKeys } from '@/lib/http/idempotency';
import { expireStalePayments } from '@/lib/payments/mutations';
import { registerJob } from './sweeper';

registerJob({ name: 'payments:expire', everyMs: 30_000, run: (db, now) => expireStalePayments(db, now) });
registerJob({ name: 'idempotency-keys:delete-old', everyMs: 60 * 60_000, run: (db, now) => deleteOldIdempotencyKeys(db, now) });

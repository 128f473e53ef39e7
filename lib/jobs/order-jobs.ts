import { settleDuePayBy } from '@/lib/orders/mutations';
import type { Job } from './sweeper';

export const orderJobs: Job[] = [{ name: 'meal-orders:pay-by', everyMs: 15_000, run: (db, now) => settleDuePayBy(db, now) }];

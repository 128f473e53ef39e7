import { recomputeStaleTemperatures } from '@/lib/trust/temperature-store';
import type { Job } from './sweeper';

export const trustJobs: Job[] = [{ name: 'trust:recompute-temperatures', everyMs: 10 * 60_000, run: (db, now) => recomputeStaleTemperatures(db, now) }];

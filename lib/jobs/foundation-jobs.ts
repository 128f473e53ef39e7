import { lt } from 'drizzle-orm';
import { rateLimits } from '@/db/schema';
import { deleteStaleRefreshTokens } from '@/lib/accounts/tokens';
import { registerJob } from './sweeper';

registerJob({
  name: 'rate-limits:delete-expired',
  everyMs: 10 * 60_000,
  run: (db, now) => db.delete(rateLimits).where(lt(rateLimits.expire, now)),
});

registerJob({
  name: 'refresh-tokens:delete-stale',
  everyMs: 60 * 60_000,
  run: (db, now) => deleteStaleRefreshTokens(db, now),
});

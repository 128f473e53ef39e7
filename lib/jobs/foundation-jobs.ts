import { lt } from 'drizzle-orm';
import { rateLimits } from '@/db/schema';
import { deleteStaleAccountTokens } from '@/lib/accounts/account-tokens';
import { deleteExpiredOAuthSignups } from '@/lib/accounts/oauth';
import { deleteStaleRefreshTokens } from '@/lib/accounts/tokens';
import { purgeDeliveredEvents } from '@/lib/events/dispatcher';
import { expireStalePresence } from '@/lib/friends/mutations';
import { purgeOldDeliveries } from '@/lib/webhooks/manage';
import type { Job } from './sweeper';

export const foundationJobs: Job[] = [
  { name: 'rate-limits:delete-expired', everyMs: 10 * 60_000, run: (db, now) => db.delete(rateLimits).where(lt(rateLimits.expire, now)) },
  { name: 'refresh-tokens:delete-stale', everyMs: 60 * 60_000, run: (db, now) => deleteStaleRefreshTokens(db, now) },
  { name: 'account-tokens:delete-stale', everyMs: 60 * 60_000, run: (db, now) => deleteStaleAccountTokens(db, now) },
  { name: 'oauth-signups:delete-expired', everyMs: 60 * 60_000, run: (db, now) => deleteExpiredOAuthSignups(db, now) },
  { name: 'outbox:purge-delivered', everyMs: 10 * 60_000, run: purgeDeliveredEvents },
  { name: 'presence:expire', everyMs: 15_000, run: expireStalePresence },
  { name: 'webhooks:purge-deliveries', everyMs: 60 * 60_000, run: purgeOldDeliveries },
];

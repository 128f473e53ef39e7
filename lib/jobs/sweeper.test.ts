import { count } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { rateLimits, refreshTokens } from '@/db/schema';
import { issueTokens, REFRESH_TOKEN_TTL_MS } from '@/lib/accounts/tokens';
import { createUser } from '@/tests/support/factories';
import { foundationJobs } from './foundation-jobs';
import { registerJob, runDueJobs } from './sweeper';

foundationJobs.forEach(registerJob);

describe('sweeper', () => {
  it('runs due jobs only, and keeps going when one fails', async () => {
    const ok = vi.fn(async () => {});
    registerJob({ name: 'test:failing', everyMs: 1000, run: async () => Promise.reject(new Error('boom')) });
    registerJob({ name: 'test:ok', everyMs: 1000, run: ok });
    const lastRun = new Map<string, number>();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await runDueJobs(getDb(), new Date(10_000), lastRun);
    await runDueJobs(getDb(), new Date(10_500), lastRun);
    await runDueJobs(getDb(), new Date(11_000), lastRun);
    expect(ok).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('deletes expired rate-limit rows and stale refresh tokens', async () => {
    const user = await createUser();
    const now = new Date();
    await issueTokens(getDb(), user, { now: new Date(now.getTime() - REFRESH_TOKEN_TTL_MS - 1000) });
    await issueTokens(getDb(), user, { now });
    await getDb().insert(rateLimits).values([
      { key: 'old', points: 1, expire: new Date(now.getTime() - 1000) },
      { key: 'live', points: 1, expire: new Date(now.getTime() + 60_000) },
    ]);
    await runDueJobs(getDb(), now, new Map());
    expect((await getDb().select({ n: count() }).from(refreshTokens))[0]!.n).toBe(1);
    expect((await getDb().select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key)).toEqual(['live']);
  });
});

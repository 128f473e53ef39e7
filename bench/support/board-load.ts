import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signAccessToken } from '@/lib/accounts/access-token';

/** The dong every board benchmark writes into. */
export const BENCH_DONG = '5011058000';

/** `n` more users in the dong, inserted directly, with access tokens signed as the server would. */
export async function boardUsers(db: Db, prefix: string, n: number) {
  const rows = (await db.execute(sql`insert into users (email, username, password_hash, neighbourhood_code)
    select ${prefix} || g || '@bench.test', ${prefix} || g, 'x', ${BENCH_DONG} from generate_series(1, ${n}) g returning id`)) as unknown as { id: number }[];
  return Promise.all(rows.map((r) => signAccessToken({ userId: r.id, tokenVersion: 0 })));
}

/**
 * The cold board list: 50 connections, each request a random user of `tokens` and a random page
 * 1..200 of size 10 (every page a 2,000-post board has, so the work is the same at every size).
 */
export const coldList = (base: string, tokens: string[], seconds: number) =>
  autocannon({
    url: base,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          path: `/api/posts?page=${1 + Math.floor(Math.random() * 200)}`,
          headers: { authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}` },
        }),
      },
    ],
  });

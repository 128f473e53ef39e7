/**
 * A history page of 50 messages in a room of 100 members with 10,000 messages (BENCH_MESSAGES), on PostgreSQL
 * (no build needed):   npx tsx bench/chat-history.ts
 * Every 5th message has reactions, every 10th mentions a member, read markers are spread over the
 * history. 50 concurrent readers (pool of 20 connections) call the domain function the route calls
 * (lib/chat/queries.ts listMessages: membership, the page, read markers) for BENCH_SECONDS
 * (default 15) after 3 s of warm-up, at the newest page and at a page in the middle of the history.
 * BENCH_MESSAGES sets the room's size (issue #23 compares 2,000 with 1,000,000).
 * The statement count (≤ 4 per request with authentication) is asserted in tests/api/query-count.test.ts.
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { listMessages } from '@/lib/chat/queries';
import { freshDatabase, table } from './support/server';
import { closedLoop } from './support/stats';

const MEMBERS = 100;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const READERS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

const database = await freshDatabase('dongne_bench_history');
process.env.DATABASE_POOL_SIZE ??= '20';
const db = openDatabase({ url: database.url });
try {
  await migrateDatabase(db);
  await db.db.execute(sql`insert into users (email, username, password_hash, neighbourhood_code)
    select 'history' || g || '@bench.test', '기록' || g, 'x', '5011058000' from generate_series(1, ${MEMBERS}) g`);
  await db.db.execute(sql`insert into chat_rooms (kind, title, owner_id, member_count) values ('community', '기록 방', 1, ${MEMBERS})`);
  await db.db.execute(sql`insert into chat_messages (room_id, user_id, body, mentions)
    select 1, 1 + g % ${MEMBERS}, '메시지 ' || g, case when g % 10 = 0 then array[1 + (g * 7) % ${MEMBERS}] else '{}'::integer[] end
    from generate_series(1, ${MESSAGES}) g`);
  // Read markers spread from the start of the history to its end.
  await db.db.execute(sql`insert into chat_members (room_id, user_id, last_read_message_id)
    select 1, g, (g * ${MESSAGES / MEMBERS}) from generate_series(1, ${MEMBERS}) g`);
  await db.db.execute(sql`insert into chat_reactions (message_id, user_id, emoji)
    select m.id, u, (array['👍','❤️','😂'])[1 + u % 3] from chat_messages m cross join generate_series(1, 6) u where m.id % 5 = 0`);
  await db.db.execute(sql`vacuum analyze`);
  await db.db.execute(sql`checkpoint`);

  const rows = [];
  for (const [name, before] of [
    ['newest page', undefined],
    [`the middle (${(MESSAGES / 2).toLocaleString()} back)`, MESSAGES / 2],
  ] as const) {
    const r = await closedLoop(READERS, SECONDS, async (i) => {
      const page = await listMessages(db.db, 1, 1 + (i % MEMBERS), { limit: 50, before });
      if (page.items.length !== 50) throw new Error('short page');
    });
    rows.push({ page: name, pages: r.calls, 'per s': r.perSecond, 'p50 ms': r.p50, 'p99 ms': r.p99 });
  }
  console.log(table(rows));
} finally {
  await db.close();
  await database.drop();
}

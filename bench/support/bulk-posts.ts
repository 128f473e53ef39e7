import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mealCategories } from '@/lib/boards/schema';

/**
 * `count` meal posts by one author in their dong, each with its chat room and the author's seat,
 * a minute apart and newest last, in three set-based statements (200,000 take seconds, not the
 * hours 200,000 API calls would). Every 10th room is closed, as old posts complete. The board
 * counters follow through their statement trigger; VACUUM then sets the visibility map that
 * index-only walks need and ANALYZE gives the planner the new sizes.
 */
export async function bulkLoadPosts(db: Db, { authorId, neighbourhoodCode, count }: { authorId: number; neighbourhoodCode: string; count: number }) {
  const categories = sql.raw(`array[${mealCategories.map((c) => `'${c}'`).join(', ')}]`);
  await db.execute(sql`
    with rooms as (
      insert into chat_rooms (kind, title, owner_id, capacity, member_count, is_closed, created_at)
      select 'post', '벤치 글 ' || g, ${authorId}, 2 + g % 9, 1, g % 10 = 0, now() - (${count} - g) * interval '1 minute'
      from generate_series(1, ${count}) g
      returning id, title, created_at
    ),
    posts as (
      insert into meal_posts (author_id, neighbourhood_code, title, category, content, chat_room_id, created_at, updated_at)
      select ${authorId}, ${neighbourhoodCode}, r.title, (${categories})[1 + r.id % ${mealCategories.length}], '같이 시켜요', r.id, r.created_at, r.created_at
      from rooms r
      returning chat_room_id
    )
    insert into chat_members (room_id, user_id) select chat_room_id, ${authorId} from posts`);
  await db.execute(sql`vacuum analyze meal_posts, chat_rooms, chat_members, meal_post_counts`);
}

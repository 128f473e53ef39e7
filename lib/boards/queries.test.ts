import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { createTestPost } from '@/tests/support/boards';
import { CHEONGUN, createUser } from '@/tests/support/factories';
import { completePost, deletePost, updatePost } from './mutations';
import { listPosts } from './queries';
import { boardPages } from './board-cache';
import type { ListPostsQuery } from './schema';

const SAJIK = '1111053000'; // 종로구 too

describe('board totals (meal_post_counts, kept by a trigger)', () => {
  it('stay exact for each dong, 시군구 and category through creating, moving and deleting posts', async () => {
    const me = await createUser({ neighbourhoodCode: CHEONGUN });
    const other = await createUser({ neighbourhoodCode: SAJIK });
    const chicken = await createTestPost(me);
    await createTestPost(me, { category: '피자' });
    await createTestPost(other);
    await updatePost(getDb(), me, chicken.id, { category: '피자' });
    const gone = await createTestPost(other, { category: '피자' });
    await deletePost(getDb(), other, gone.id); // through its room, by cascade

    const total = async (viewer: typeof me, query: Partial<ListPostsQuery>) => {
      boardPages.clear();
      return (await listPosts(getDb(), viewer, { scope: 'dong', page: 1, size: 10, ...query })).page.total;
    };
    expect(await total(me, {})).toBe(2);
    expect(await total(me, { category: '피자' })).toBe(2);
    expect(await total(me, { category: '치킨' })).toBe(0);
    expect(await total(other, {})).toBe(1);
    expect(await total(me, { scope: 'sigungu' })).toBe(3);
    expect(await total(other, { scope: 'sigungu', category: '치킨' })).toBe(1);
    // A page past the end still knows the total.
    expect(await total(me, { scope: 'sigungu', page: 5 })).toBe(3);
  });

  it('open posts are counted through the window the 다음 button reaches, a floor past it', async () => {
    const me = await createUser({ neighbourhoodCode: CHEONGUN });
    for (let i = 0; i < 13; i++) await createTestPost(me);
    await completePost(getDb(), me, (await createTestPost(me)).id);
    const open = (page: number) => listPosts(getDb(), me, { scope: 'dong', status: 'open', page, size: 1 });
    // Page 1 of size 1 counts up to 11 rows: the window 1–10 and the jump to 11 are exact.
    expect((await open(1)).page).toMatchObject({ total: 11, totalPages: 11, range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], next: 11 });
    expect((await open(3)).page).toMatchObject({ total: 13, totalPages: 13, next: 13 });
  });
});

import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDatabase, getDb, withQueryLog } from '@/db/client';
import { chatMessages } from '@/db/schema';
import { createTestPost } from '@/tests/support/boards';
import { createUser } from '@/tests/support/factories';
import { estimatedShare, searchPath, searchTextSample, type SearchTextSample } from './search-path';

const sample = (over: Partial<SearchTextSample> = {}): SearchTextSample => ({ rows: 1_000_000, nullShare: 0, common: [], histogram: [], ...over });
// 100 histogram values, `hits` of them holding the word.
const histogram = (hits: number) => Array.from({ length: 100 }, (_, i) => (i < hits ? `치치킨킨 ${i}` : `피피자자 ${i}`));

describe('estimatedShare', () => {
  it('counts the common values by their share and the histogram by the rest', () => {
    const common = [
      { text: '치치킨킨 먹먹자자', share: 0.1 },
      { text: '피피자자', share: 0.3 },
    ];
    // 0.1 from the common values, plus 20% of the other 60% of rows.
    expect(estimatedShare(sample({ common, histogram: histogram(20) }), '치치킨킨')).toBeCloseTo(0.1 + 0.2 * 0.6);
    expect(estimatedShare(sample({ common, histogram: histogram(20), nullShare: 0.1 }), '치치킨킨')).toBeCloseTo(0.1 + 0.2 * 0.5);
    expect(estimatedShare(sample({ histogram: histogram(0) }), '치치킨킨')).toBe(0);
  });

  it('is a share: between 0 and 1 for any sample', () => {
    const text = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ text, share: fc.double({ min: 0, max: 0.2, noNaN: true }) }), { maxLength: 5 }),
        fc.array(text, { maxLength: 120 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.string({ minLength: 1, maxLength: 2 }),
        (common, hist, nullShare, needle) => {
          const share = estimatedShare(sample({ common, histogram: hist, nullShare }), needle);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1 + 1e-9);
        },
      ),
    );
  });
});

describe('searchPath', () => {
  it('walks for a word in many messages of a large table, and takes the index otherwise', () => {
    expect(searchPath(sample({ histogram: histogram(4) }), '치치킨킨', 21)).toBe('walk');
    expect(searchPath(sample({ histogram: histogram(0) }), '치치킨킨', 21)).toBe('index');
    // The same share of 2,000 messages is 80 matches: cheaper to collect than to walk for.
    expect(searchPath(sample({ rows: 2000, histogram: histogram(4) }), '치치킨킨', 21)).toBe('index');
  });

  it('takes the index without statistics (a new table, or PGlite before ANALYZE)', () => {
    expect(searchPath(null, '치치킨킨', 21)).toBe('index');
    expect(searchPath(sample({ rows: -1, histogram: histogram(50) }), '치치킨킨', 21)).toBe('index');
  });

  it('once it walks, walks for more rows, a smaller page and a commoner word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 2, max: 51 }), (hits, rows, page) => {
        if (searchPath(sample({ rows, histogram: histogram(hits) }), '치치킨킨', page) !== 'walk') return;
        expect(searchPath(sample({ rows: rows * 2, histogram: histogram(hits) }), '치치킨킨', page)).toBe('walk');
        expect(searchPath(sample({ rows, histogram: histogram(hits) }), '치치킨킨', page - 1)).toBe('walk');
        expect(searchPath(sample({ rows, histogram: histogram(Math.min(100, hits + 1)) }), '치치킨킨', page)).toBe('walk');
      }),
    );
  });
});

describe('searchTextSample', () => {
  it("reads ANALYZE's statistics of the searched text, once per handle", async () => {
    const owner = await createUser();
    const post = await createTestPost(owner);
    await getDb()
      .insert(chatMessages)
      .values(Array.from({ length: 3000 }, (_, i) => ({ roomId: post.chatRoomId, userId: owner.id, body: i % 3 ? `치킨 ${i}` : `피자 ${i}` })));
    await getDb().execute(sql`analyze chat_messages`);

    // A handle of its own: the app's may have read the statistics before this test's ANALYZE.
    let statements = 0;
    const db = withQueryLog(getDatabase(), () => statements++).db;
    const read = await searchTextSample(db);
    expect(read!.rows).toBeGreaterThanOrEqual(3000);
    expect(estimatedShare(read!, '치치킨킨')).toBeGreaterThan(0.5);
    expect(searchPath(read, '치치킨킨', 21)).toBe('walk');
    expect(searchPath(read, '마마라라', 21)).toBe('index');
    await searchTextSample(db);
    expect(statements).toBe(1);
  });
});

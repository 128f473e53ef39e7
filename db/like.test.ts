import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { rowsOf } from './rows';
import { containsPattern, escapeLike } from './like';

describe('LIKE patterns', () => {
  it('escape the wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(containsPattern('치킨')).toBe('%치킨%');
  });

  it('match only the text itself in the database', async () => {
    const matches = async (text: string, s: string) =>
      rowsOf<{ ok: boolean }>(await getDb().execute(sql`select ${text}::text like ${containsPattern(s)} as ok`))[0]!.ok;
    expect(await matches('할인 50% 쿠폰', '50%')).toBe(true);
    expect(await matches('할인 500 쿠폰', '50%')).toBe(false);
    expect(await matches('a_b', 'a_b')).toBe(true);
    expect(await matches('axb', 'a_b')).toBe(false);
    expect(await matches('c:\\dir', ':\\d')).toBe(true);
  });
});

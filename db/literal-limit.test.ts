import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { literalLimit } from './literal-limit';

describe('literalLimit', () => {
  it('writes the LIMIT into the statement, with no parameter for it', () => {
    const query = getDb().select({ id: users.id }).from(users).limit(literalLimit(21)).toSQL();
    expect(query.sql).toMatch(/ limit 21$/);
    expect(query.params).toEqual([]);
  });

  it('takes only whole numbers, so nothing else reaches the SQL text', () => {
    for (const bad of [1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(() => literalLimit(bad)).toThrow(RangeError);
  });
});

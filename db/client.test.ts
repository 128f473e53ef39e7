import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from './client';
import { users } from './schema';

describe('the db client', () => {
  it('sends an undefined parameter as NULL, so a buggy caller never breaks the queries pipelined beside it', async () => {
    const db = getDb();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? db.select({ id: users.id }).from(users).where(eq(users.id, undefined as unknown as number))
          : db.select({ n: count() }).from(users),
      ),
    );
    results.forEach((rows, i) => expect(rows).toEqual(i % 3 === 0 ? [] : [{ n: 0 }]));
  });
});

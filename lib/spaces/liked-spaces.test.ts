import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { spaceLikes } from '@/db/schema';
import { countStatements } from '@/tests/support/statements';
import { createUser } from '@/tests/support/factories';
import { createTestSpace } from '@/tests/support/spaces';
import { forgetLikedSpaces, likedSpaces } from './liked-spaces';
import { likeSpace } from './mutations';

describe("a viewer's liked spaces, remembered per process", () => {
  it('are read once, and again after a change is noted', async () => {
    const { space } = await createTestSpace();
    const me = await createUser();
    // Straight into the table: likeSpace's event would forget the set whenever the dispatcher got to it.
    await getDb().insert(spaceLikes).values({ spaceId: space.id, userId: me.id });
    expect(await countStatements(async () => expect([...(await likedSpaces(getDb(), me.id))]).toEqual([space.id]))).toBe(1);
    expect(await countStatements(() => likedSpaces(getDb(), me.id))).toBe(0);
    forgetLikedSpaces(me.id);
    expect(await countStatements(() => likedSpaces(getDb(), me.id))).toBe(1);
  });

  it('a read that was under way when a change was noted is not kept', async () => {
    const { space } = await createTestSpace();
    const me = await createUser();
    const reading = likedSpaces(getDb(), me.id);
    await likeSpace(getDb(), me, space.id);
    forgetLikedSpaces(me.id);
    expect([...(await reading)]).toEqual([]);
    expect([...(await likedSpaces(getDb(), me.id))]).toEqual([space.id]);
  });
});

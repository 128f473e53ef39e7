import { describe, expect, it } from 'vitest';
import * as gamesRoute from '@/app/api/games/route';
import * as gameRoute from '@/app/api/games/[id]/route';
import { getDatabase, setDatabase, withQueryLog } from '@/db/client';
import { bearerFor, createUser } from '../support/factories';
import { gameInput } from '../support/games';
import { call } from '../support/http';

async function countStatements(run: () => Promise<unknown>) {
  const original = getDatabase();
  let n = 0;
  setDatabase(withQueryLog(original, () => n++));
  try {
    await run();
  } finally {
    setDatabase(original);
  }
  return n;
}

const NEAR = '/api/games?near=33.51,126.52&radiusKm=5';
const titles = async () => ((await call(gamesRoute.GET, { path: NEAR })).body.items as { title: string }[]).map((g) => g.title);

describe('shared anonymous game searches (lib/core/shared-pages.ts)', () => {
  it('answers a repeated anonymous search from memory, and a host reads their new and changed game at once', async () => {
    const host = await createUser();
    const headers = await bearerFor(host);
    expect(await titles()).toEqual([]);
    expect(await countStatements(titles)).toBe(0);

    const body = JSON.parse(JSON.stringify(gameInput(new Date(), { title: '새 풋살' })));
    const created = await call(gamesRoute.POST, { method: 'POST', path: '/api/games', headers, body });
    expect(created.status).toBe(201);
    expect(await titles()).toEqual(['새 풋살']);

    const id = String(created.body.id);
    const patched = await call(gameRoute.PATCH, { method: 'PATCH', path: `/api/games/${id}`, headers, params: { id }, body: { title: '바뀐 풋살' } });
    expect(patched.status).toBe(200);
    expect(await titles()).toEqual(['바뀐 풋살']);
  });

  it('does not share a signed-in search (a host sees their hidden game)', async () => {
    const viewer = await bearerFor(await createUser());
    await titles();
    expect(await countStatements(() => call(gamesRoute.GET, { path: NEAR, headers: viewer }))).toBeGreaterThan(0);
  });
});

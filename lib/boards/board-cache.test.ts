import { describe, expect, it } from 'vitest';
import { boardPages, type SharedBoardPage } from './board-cache';

const page = (total: number): SharedBoardPage => ({ items: [], total });

function deferred() {
  let resolve!: (p: SharedBoardPage) => void;
  const promise = new Promise<SharedBoardPage>((r) => (resolve = r));
  return { promise, resolve };
}

describe('boardPages', () => {
  it('loads a page once for every viewer asking at the same time, then serves it from memory', async () => {
    let loads = 0;
    const load = async () => page(++loads);
    const results = await Promise.all(Array.from({ length: 5 }, () => boardPages.get('11110|dong|a', load)));
    expect(results.map((r) => r.total)).toEqual([1, 1, 1, 1, 1]);
    expect((await boardPages.get('11110|dong|a', load)).total).toBe(1);
    expect(loads).toBe(1);
  });

  it('a change while a page loads: the waiters get it, later readers load again, nothing stale is kept', async () => {
    const first = deferred();
    const waiting = boardPages.get('11110|dong|b', () => first.promise);
    boardPages.forget('1111051500');
    let loads = 0;
    const after = boardPages.get('11110|dong|b', async () => page(100 + ++loads));
    first.resolve(page(1));
    expect((await waiting).total).toBe(1);
    expect((await after).total).toBe(101);
    expect((await boardPages.get('11110|dong|b', async () => page(999))).total).toBe(101);
  });

  it('forgets only the changed 시군구', async () => {
    await boardPages.get('11110|dong|c', async () => page(1));
    await boardPages.get('50110|dong|c', async () => page(2));
    boardPages.forget('5011058000');
    expect((await boardPages.get('11110|dong|c', async () => page(3))).total).toBe(1);
    expect((await boardPages.get('50110|dong|c', async () => page(4))).total).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { boardPages, type SharedBoardPage } from './board-cache';
import { lastOwnWrite, noteOwnWrite } from '@/lib/core/own-writes';

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

describe('boardPages under writes (stale-while-revalidate)', () => {
  it('after a change the first reader reloads and waits; everyone arriving meanwhile gets the previous page', async () => {
    await boardPages.get('26110|dong|s', async () => page(1));
    boardPages.forget('2611051000');
    const refresh = deferred();
    let loads = 0;
    const load = () => (loads++, refresh.promise);
    const first = boardPages.get('26110|dong|s', load);
    const during = await Promise.all(Array.from({ length: 20 }, () => boardPages.get('26110|dong|s', load)));
    expect(during.map((p) => p.total)).toEqual(Array(20).fill(1));
    refresh.resolve(page(2));
    expect((await first).total).toBe(2);
    expect(loads).toBe(1);
    expect((await boardPages.get('26110|dong|s', async () => page(99))).total).toBe(2);
  });

  it('a writer joins a reload that began after their write; a neighbour meanwhile gets the previous page', async () => {
    await boardPages.get('26140|dong|w', async () => page(1));
    noteOwnWrite(7);
    boardPages.forget('2614051000');
    const refresh = deferred();
    let loads = 0;
    const load = () => (loads++, refresh.promise);
    const first = boardPages.get('26140|dong|w', load);
    expect((await boardPages.get('26140|dong|w', load, lastOwnWrite(8))).total).toBe(1);
    const writer = boardPages.get('26140|dong|w', load, lastOwnWrite(7));
    refresh.resolve(page(2));
    expect((await writer).total).toBe(2);
    expect((await first).total).toBe(2);
    expect(loads).toBe(1);
  });

  it('a writer does not join a reload that began before their write', async () => {
    await boardPages.get('26170|dong|w', async () => page(1));
    boardPages.forget('2617051000');
    const early = deferred();
    const first = boardPages.get('26170|dong|w', () => early.promise);
    noteOwnWrite(9);
    boardPages.forget('2617051000');
    const writer = boardPages.get('26170|dong|w', async () => page(3), lastOwnWrite(9));
    early.resolve(page(2));
    expect((await writer).total).toBe(3);
    expect((await first).total).toBe(2);
  });

  it('a load that started before a change is not kept as fresh: the next reader reloads', async () => {
    await boardPages.get('26200|dong|b', async () => page(1));
    boardPages.forget('2620051000');
    const early = deferred();
    const first = boardPages.get('26200|dong|b', () => early.promise);
    boardPages.forget('2620051000'); // lands while that load runs
    early.resolve(page(2));
    expect((await first).total).toBe(2);
    let loads = 0;
    expect((await boardPages.get('26200|dong|b', async () => page(3 + loads++))).total).toBe(3);
    expect(loads).toBe(1);
  });

  it('a failed reload fails only the reader that ran it; the next reader reloads', async () => {
    await boardPages.get('26230|dong|f', async () => page(1));
    boardPages.forget('2623051000');
    await expect(boardPages.get('26230|dong|f', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect((await boardPages.get('26230|dong|f', async () => page(2))).total).toBe(2);
  });

  it('a removal is not served stale: every reader waits for one load that started after it', async () => {
    await boardPages.get('26260|dong|r', async () => page(1));
    boardPages.forgetRemoved('2626051000');
    let loads = 0;
    const load = async () => page(2 + loads++);
    const after = await Promise.all(Array.from({ length: 5 }, () => boardPages.get('26260|dong|r', load)));
    expect(after.map((p) => p.total)).toEqual(Array(5).fill(2));
    expect(loads).toBe(1);
  });
});

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

  it('a change reloads only its own 시군구 (serving the old page once while it does)', async () => {
    await boardPages.get('11110|dong|c', async () => page(1));
    await boardPages.get('50110|dong|c', async () => page(2));
    boardPages.forget('5011058000');
    expect((await boardPages.get('11110|dong|c', async () => page(3))).total).toBe(1);
    expect((await boardPages.get('50110|dong|c', async () => page(4))).total).toBe(2);
    await Promise.resolve();
    expect((await boardPages.get('11110|dong|c', async () => page(5))).total).toBe(1);
    expect((await boardPages.get('50110|dong|c', async () => page(6))).total).toBe(4);
  });
});

describe('boardPages under writes (stale-while-revalidate)', () => {
  const counting = (start: number) => {
    let n = start;
    const calls = { count: 0 };
    const load = async () => (calls.count++, page(++n));
    return { load, calls };
  };

  it('once a change arrives, readers get the previous page while exactly one request reloads it', async () => {
    await boardPages.get('26110|dong|s', async () => page(1));
    boardPages.forget('2611051000');
    const refresh = deferred();
    let loads = 0;
    const load = () => (loads++, refresh.promise);
    const during = await Promise.all(Array.from({ length: 20 }, () => boardPages.get('26110|dong|s', load)));
    expect(during.map((p) => p.total)).toEqual(Array(20).fill(1));
    expect(loads).toBe(1);
    refresh.resolve(page(2));
    await refresh.promise;
    await Promise.resolve();
    expect((await boardPages.get('26110|dong|s', async () => page(99))).total).toBe(2);
  });

  it('a writer waits for a load that started after their write; others keep the stale page', async () => {
    await boardPages.get('26140|dong|w', async () => page(1));
    noteOwnWrite(7);
    boardPages.forget('2614051000');
    const { load, calls } = counting(1);
    const neighbour = await boardPages.get('26140|dong|w', load, lastOwnWrite(8));
    expect(neighbour.total).toBe(1);
    const writer = await boardPages.get('26140|dong|w', load, lastOwnWrite(7));
    expect(writer.total).toBe(2);
    expect(calls.count).toBe(1); // the writer joined the refresh the neighbour started, which began after the write
  });

  it("a writer does not join a refresh that began before their write", async () => {
    await boardPages.get('26170|dong|w', async () => page(1));
    boardPages.forget('2617051000');
    const early = deferred();
    void boardPages.get('26170|dong|w', () => early.promise); // stale served, refresh under way
    noteOwnWrite(9);
    boardPages.forget('2617051000');
    const writer = boardPages.get('26170|dong|w', async () => page(3), lastOwnWrite(9));
    early.resolve(page(2));
    expect((await writer).total).toBe(3);
  });

  it('a load that started before a change is not kept as fresh: the next reader is served it and refreshes', async () => {
    await boardPages.get('26200|dong|b', async () => page(1));
    boardPages.forget('2620051000');
    const early = deferred();
    void boardPages.get('26200|dong|b', () => early.promise);
    boardPages.forget('2620051000'); // lands while the refresh is under way
    early.resolve(page(2));
    await early.promise;
    await Promise.resolve();
    const { load, calls } = counting(2);
    expect((await boardPages.get('26200|dong|b', load)).total).toBe(2);
    expect(calls.count).toBe(1);
    await Promise.resolve();
    expect((await boardPages.get('26200|dong|b', load)).total).toBe(3);
  });

  it('a failed refresh keeps serving the stale page and lets the next reader retry', async () => {
    await boardPages.get('26230|dong|f', async () => page(1));
    boardPages.forget('2623051000');
    expect((await boardPages.get('26230|dong|f', () => Promise.reject(new Error('db down')))).total).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect((await boardPages.get('26230|dong|f', async () => page(2))).total).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect((await boardPages.get('26230|dong|f', async () => page(3))).total).toBe(2);
  });

  it('a removal is not served stale: every reader waits for one load that started after it', async () => {
    await boardPages.get('26260|dong|r', async () => page(1));
    boardPages.forgetRemoved('2626051000');
    const { load, calls } = counting(1);
    const after = await Promise.all(Array.from({ length: 5 }, () => boardPages.get('26260|dong|r', load)));
    expect(after.map((p) => p.total)).toEqual(Array(5).fill(2));
    expect(calls.count).toBe(1);
  });
});

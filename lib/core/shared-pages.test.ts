import { describe, expect, it } from 'vitest';
import { sharedPages } from './shared-pages';

type Page = { n: number };
const page = (n: number): Page => ({ n });

function deferred() {
  let resolve!: (p: Page) => void;
  const promise = new Promise<Page>((r) => (resolve = r));
  return { promise, resolve };
}

/** The scheme itself is tested through the board's pages (lib/boards/board-cache.test.ts); these are the one-group caches. */
describe('sharedPages with one group (games, spaces and community searches)', () => {
  it('a change marks every key: the first reader reloads and waits, readers meanwhile get the previous page', async () => {
    const pages = sharedPages<Page>('test-one-group');
    await pages.get('a', async () => page(1));
    await pages.get('b', async () => page(1));
    pages.forget();
    const refresh = deferred();
    let loads = 0;
    const first = pages.get('a', () => (loads++, refresh.promise));
    expect((await pages.get('a', async () => page(99))).n).toBe(1);
    refresh.resolve(page(2));
    expect((await first).n).toBe(2);
    expect(loads).toBe(1);
    expect((await pages.get('b', async () => page(3))).n).toBe(3);
  });

  it('a removal is never served from an older page: every reader waits for one reload', async () => {
    const pages = sharedPages<Page>('test-removal');
    await pages.get('a', async () => page(1));
    pages.forgetRemoved();
    const refresh = deferred();
    let loads = 0;
    const load = () => (loads++, refresh.promise);
    const readers = Promise.all(Array.from({ length: 5 }, () => pages.get('a', load)));
    refresh.resolve(page(2));
    expect((await readers).map((p) => p.n)).toEqual([2, 2, 2, 2, 2]);
    expect(loads).toBe(1);
  });

  it('a removal in one group leaves the others served', async () => {
    const pages = sharedPages<Page>('test-groups', { groupOf: (key) => key.slice(0, 1) });
    await pages.get('x1', async () => page(1));
    await pages.get('y1', async () => page(1));
    pages.forgetRemoved('x');
    expect((await pages.get('y1', async () => page(2))).n).toBe(1);
    expect((await pages.get('x1', async () => page(3))).n).toBe(3);
  });

  it('clear drops the pages and keeps no load that started before it', async () => {
    const pages = sharedPages<Page>('test-clear');
    const early = deferred();
    const before = pages.get('a', () => early.promise);
    pages.clear();
    early.resolve(page(1));
    expect((await before).n).toBe(1);
    expect((await pages.get('a', async () => page(2))).n).toBe(2);
  });
});

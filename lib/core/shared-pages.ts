import type { LRUCache } from 'lru-cache';
import { boundedCache } from './bounded-cache';
import { nextTick } from './own-writes';
import { processSingleton } from './process-singleton';

/**
 * A page shared by every viewer asking the same question (a board's first page, the spaces near
 * a dong), loaded by one request at a time (stale-while-revalidate). Keys fall into groups (the
 * board's 시군구; one group for caches that clear everything), which is what a change names:
 * - a page is fresh for `ttlMs` after it loaded, unless a change to its group arrived after its
 *   load started (`forget`, from the outbox events every process gets);
 * - after a change, the first reader reloads the page and waits for it (so a lone reader, or the
 *   next page view, sees the change), and everyone arriving while that load runs gets the
 *   previous page: a write every 100 ms costs one load and one waiting reader, never a crowd;
 * - a page that merely expired is served, up to `maxStaleMs` old, while one request reloads it
 *   behind the reader (changes in other processes arrive as events, so expiry finds little);
 * - a writer reads their own write: a reader whose last write in this process (own-writes.ts,
 *   noted by the request wrapper once its events were delivered here) came after a page's load
 *   started waits for a load that started later; a write through another process reaches this
 *   one by its event and shows after one refresh, as it does for everyone else;
 * - a load that started before a change is never taken as fresh: it replaces an older page but
 *   counts as stale, so the next reader refreshes it;
 * - a removal (deleted, or hidden by moderation: `forgetRemoved`) is not served stale: the
 *   group's pages are loaded again, once per page with every reader waiting for that load.
 *   Removals are rare; new posts, joins and edits, the steady writes, take the stale path.
 * Marking a change is O(1), so a burst of writes costs the readers nothing.
 * One per name and process: server.ts (socket handlers, events) and Next's route bundles share it.
 */
export type SharedPages<T extends object> = {
  /**
   * The shared page for a reader whose last own write was at `ownWrite` (own-writes.ts, 0 for
   * none): fresh from memory, the previous page while another request reloads it, or from a
   * load that started after both the last change and the reader's write.
   */
  get(key: string, load: () => Promise<T>, ownWrite?: number): Promise<T>;
  /** After a committed change: the group's pages, or every page when no group is named. */
  forget(group?: string): void;
  /** After a committed removal: the group's pages (or all) are no longer served, even stale. */
  forgetRemoved(group?: string): void;
  /** Tests: start from nothing, so no page of an earlier test is served stale. */
  clear(): void;
};

export type SharedPagesOptions = {
  /** The group of a key (what `forget` names); one group by default. */
  groupOf?: (key: string) => string;
  ttlMs?: number;
  /** Well inside the minute own-write marks are remembered (own-writes.ts). */
  maxStaleMs?: number;
  max?: number;
};

type Entry<T> = { page: T; startedAt: number; loadedAt: number };
type Load<T> = { promise: Promise<T>; startedAt: number };
type State<T extends object> = {
  pages: LRUCache<string, Entry<T>>;
  loading: Map<string, Load<T>>;
  /**
   * Logical instant of the last change (and removal) per group, and of the last one of every
   * group. A group can be one post, so marks expire: after `marksMs` no page or load that began
   * before the mark is left for it to judge.
   */
  changed: LRUCache<string, number>;
  changedAnywhere: number;
  removed: LRUCache<string, number>;
  removedAnywhere: number;
  /** Tests: loads that started before the last `clear` are not kept. */
  clearedAt: number;
};

const all = processSingleton('shared-pages', () => new Map<string, SharedPages<object>>());

export function sharedPages<T extends object>(name: string, { groupOf = () => '', ttlMs = 1000, maxStaleMs = 10_000, max = 2000 }: SharedPagesOptions = {}): SharedPages<T> {
  // Pages live at most maxStaleMs and a load takes seconds at worst: a mark must outlast both.
  const marksMs = Math.max(60_000, maxStaleMs * 6);
  const cache = processSingleton<State<T>>(`shared-pages:${name}`, () => ({
    pages: boundedCache<string, Entry<T>>({ entries: max, ttl: maxStaleMs }),
    loading: new Map(),
    changed: boundedCache<string, number>({ entries: 100_000, ttl: marksMs }),
    changedAnywhere: 0,
    removed: boundedCache<string, number>({ entries: 100_000, ttl: marksMs }),
    removedAnywhere: 0,
    clearedAt: 0,
  }));
  const lastChange = (key: string) => Math.max(cache.changed.get(groupOf(key)) ?? 0, cache.changedAnywhere);
  const lastRemoval = (key: string) => Math.max(cache.removed.get(groupOf(key)) ?? 0, cache.removedAnywhere);

  /** Starts a load unless one that started after `after` is under way; keeps its page unless a newer one landed first. */
  function loadAfter(key: string, after: number, load: () => Promise<T>): Promise<T> {
    const pending = cache.loading.get(key);
    if (pending && pending.startedAt > after) return pending.promise;
    const startedAt = nextTick();
    const promise = load()
      .then((page) => {
        const kept = cache.pages.get(key);
        if (startedAt > cache.clearedAt && (!kept || kept.startedAt < startedAt)) cache.pages.set(key, { page, startedAt, loadedAt: Date.now() });
        return page;
      })
      .finally(() => {
        if (cache.loading.get(key)?.startedAt === startedAt) cache.loading.delete(key);
      });
    cache.loading.set(key, { promise, startedAt });
    return promise;
  }

  const pages: SharedPages<T> = {
    get(key, load, ownWrite = 0) {
      const entry = cache.pages.get(key);
      if (entry && entry.startedAt > Math.max(ownWrite, lastRemoval(key))) {
        const changed = entry.startedAt < lastChange(key);
        if (!changed && Date.now() - entry.loadedAt < ttlMs) return Promise.resolve(entry.page);
        if (cache.loading.has(key)) return Promise.resolve(entry.page);
        // Only expired: reload behind this reader (a failed reload leaves the page stale; the next reader retries).
        if (!changed) return (loadAfter(key, 0, load).catch(() => {}), Promise.resolve(entry.page));
      }
      return loadAfter(key, Math.max(ownWrite, lastChange(key)), load);
    },
    forget(group) {
      if (group === undefined) cache.changedAnywhere = nextTick();
      else cache.changed.set(group, nextTick());
    },
    forgetRemoved(group) {
      const at = nextTick();
      if (group === undefined) {
        cache.changedAnywhere = at;
        cache.removedAnywhere = at;
      } else {
        cache.changed.set(group, at);
        cache.removed.set(group, at);
      }
    },
    clear() {
      cache.pages.clear();
      cache.loading.clear();
      cache.clearedAt = nextTick();
    },
  };
  all.set(name, pages as unknown as SharedPages<object>);
  return pages;
}

/** Tests: ids restart with every test, so no page may outlive it. */
export function forgetAllSharedPages() {
  for (const pages of all.values()) pages.clear();
}

/** Pages handed out by some cache: never changed after loading, so serialized at most once. */
const { shared, serialized } = processSingleton('shared-page-json', () => ({ shared: new WeakSet<object>(), serialized: new WeakMap<object, Buffer>() }));

/** A value inside a shared page that is itself a response body (never changed after this). */
export function sharedBody<T extends object>(value: T): T {
  shared.add(value);
  return value;
}

/**
 * JSON of a response body as UTF-8 bytes: a shared page's are kept with it, so the viewers of one
 * page (everyone anonymous, say) don't each serialize and encode the same twenty cards.
 */
export function jsonBytes(body: unknown): Buffer {
  if (typeof body !== 'object' || body === null || !shared.has(body)) return Buffer.from(JSON.stringify(body));
  let bytes = serialized.get(body);
  if (bytes === undefined) serialized.set(body, (bytes = Buffer.from(JSON.stringify(body))));
  return bytes;
}

import { LRUCache } from 'lru-cache';
import { processSingleton } from './process-singleton';

/**
 * A short-lived page shared by every viewer asking the same question (the board's scheme in
 * lib/boards/board-cache.ts, for other hot reads): kept `ttlMs`, one load at a time per key, and
 * cleared by prefix when a change commits (an `everyProcess` event consumer), so a writer reads
 * their own write in this process and other processes within `ttlMs`.
 * One per name and process: server.ts and Next's route bundles must clear the same cache.
 */
export type SharedPages<T extends object> = {
  /** The shared value, from memory, from a load already under way, or from `load`. */
  get(key: string, load: () => Promise<T>): Promise<T>;
  /** After a committed change: the keys starting with `prefix`, or every key. */
  forget(prefix?: string): void;
};

type State<T extends object> = { pages: LRUCache<string, T>; loading: Map<string, Promise<T>>; generation: number };

const all = processSingleton('shared-pages', () => new Map<string, SharedPages<object>>());

export function sharedPages<T extends object>(name: string, { ttlMs = 1000, max = 2000 } = {}): SharedPages<T> {
  const cache = processSingleton<State<T>>(`shared-pages:${name}`, () => ({ pages: new LRUCache<string, T>({ max, ttl: ttlMs }), loading: new Map(), generation: 0 }));
  const pages: SharedPages<T> = {
    get(key, load) {
      const page = cache.pages.get(key);
      if (page) return Promise.resolve(page);
      const pending = cache.loading.get(key);
      if (pending) return pending;
      const generation = cache.generation;
      const loading = load()
        .then((loaded) => {
          // A change committed while this was loading: hand it to its waiters, but don't keep it.
          if (generation === cache.generation) cache.pages.set(key, loaded);
          return loaded;
        })
        .finally(() => {
          if (cache.loading.get(key) === loading) cache.loading.delete(key);
        });
      cache.loading.set(key, loading);
      return loading;
    },
    forget(prefix = '') {
      cache.generation++;
      for (const k of cache.pages.keys()) if (k.startsWith(prefix)) cache.pages.delete(k);
      // Later readers must not join a load that may have started before the change.
      for (const k of cache.loading.keys()) if (k.startsWith(prefix)) cache.loading.delete(k);
    },
  };
  all.set(name, pages as unknown as SharedPages<object>);
  return pages;
}

/** Tests: ids restart with every test, so no page may outlive it. */
export function forgetAllSharedPages() {
  for (const pages of all.values()) pages.forget();
}

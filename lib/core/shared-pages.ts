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

/** Pages handed out by some cache: never changed after loading, so serialized at most once. */
const { shared, serialized } = processSingleton('shared-page-json', () => ({ shared: new WeakSet<object>(), serialized: new WeakMap<object, string>() }));

/** A value inside a shared page that is itself a response body (never changed after this). */
export function sharedBody<T extends object>(value: T): T {
  shared.add(value);
  return value;
}

/**
 * JSON of a response body: a shared page's is kept with it, so the viewers of one page (everyone
 * anonymous, say) don't each serialize the same twenty cards.
 */
export function jsonText(body: unknown): string {
  if (typeof body !== 'object' || body === null || !shared.has(body)) return JSON.stringify(body);
  let text = serialized.get(body);
  if (text === undefined) serialized.set(body, (text = JSON.stringify(body)));
  return text;
}

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
          shared.add(loaded);
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

import { LRUCache } from 'lru-cache';
import type { ListPostsQuery, MealPostView } from './schema';
import { processSingleton } from '@/lib/core/process-singleton';

/** A board page as every viewer sees it; `isJoined` is filled in per viewer. */
export type SharedBoardPage = { items: MealPostView[]; total: number };

/**
 * Everyone in a dong opens the same first pages of the same board, so a page is kept for one
 * second and shared by all viewers, and viewers asking while it loads wait for that one load.
 * A change to a post or its room clears the pages of its 시군구 in this process at once (so a
 * writer reads their own write); other app processes see it when their copy expires, within
 * that second, and live join counts reach every open board by `post:updated` anyway.
 * One per process: server.ts (socket handlers) and Next's route bundles must clear the same cache.
 */
const TTL_MS = 1000;

type BoardCache = { pages: LRUCache<string, SharedBoardPage>; loading: Map<string, Promise<SharedBoardPage>>; generation: number };
const cache = processSingleton<BoardCache>('board-cache', () => ({
  pages: new LRUCache<string, SharedBoardPage>({ max: 5000, ttl: TTL_MS }),
  loading: new Map(),
  generation: 0,
}));

/**
 * Keys start with the 시군구 code, which is what a change clears, and hold every query field
 * (zod's output keeps the schema's key order), so a new filter can't share another's pages.
 */
export const boardPageKey = (place: string, query: ListPostsQuery) => `${place.slice(0, 5)}|${place}|${JSON.stringify(query)}`;

export const boardPages = {
  /** The shared page, from memory, from a load already under way, or from `load`. */
  get(key: string, load: () => Promise<SharedBoardPage>): Promise<SharedBoardPage> {
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
  /** After a post or its room changed (committed): its 시군구's pages, or every page when unknown. */
  forget(neighbourhoodCode?: string) {
    cache.generation++;
    const prefix = neighbourhoodCode ? `${neighbourhoodCode.slice(0, 5)}|` : '';
    for (const k of cache.pages.keys()) if (k.startsWith(prefix)) cache.pages.delete(k);
    // Later readers must not join a load that may have started before the change.
    for (const k of cache.loading.keys()) if (k.startsWith(prefix)) cache.loading.delete(k);
  },
};

import { LRUCache } from 'lru-cache';
import type { ListPostsQuery, MealPostView } from './schema';
import { nextTick } from '@/lib/core/own-writes';
import { processSingleton } from '@/lib/core/process-singleton';

/** A board page as every viewer sees it; `isJoined` is filled in per viewer. */
export type SharedBoardPage = { items: MealPostView[]; total: number };

/**
 * Everyone in a dong opens the same first pages of the same board, so a page is shared by all
 * viewers and loaded by one request at a time (stale-while-revalidate):
 * - a page is fresh for a second after it loaded, unless a change to a post or its room in its
 *   시군구 arrived after its load started (`forget`, from the outbox events every process gets);
 * - after a change, the first reader reloads the page and waits for it (so a lone reader, or
 *   the next page view, sees the change), and everyone arriving while that load runs gets the
 *   previous page: a write every 100 ms costs one load and one waiting reader, never a crowd;
 * - a page that merely expired is served, up to MAX_STALE_MS old, while one request reloads it
 *   behind the reader (changes in other processes arrive as events, so expiry finds little);
 * - a writer reads their own write: a reader whose last write in this process (lib/core/own-writes.ts,
 *   noted by the request wrapper once its events were delivered here) came after a page's load
 *   started waits for a load that started later; a write through another process reaches this
 *   one by its event and shows after one refresh, as it does for everyone else;
 * - a load that started before a change is never taken as fresh: it replaces an older page
 *   but counts as stale, so the next reader refreshes it;
 * - a removal (a post deleted or hidden by moderation) is not served stale: its 시군구's pages
 *   are loaded again, once per page with every reader waiting for that load. Removals are rare;
 *   new posts and joins, the steady writes, take the stale path.
 * Marking a change is O(1), so a burst of writes costs the readers nothing.
 * One per process: server.ts (socket handlers) and Next's route bundles must share it.
 */
const TTL_MS = 1000;
// Well inside the minute own-write marks are remembered (lib/core/own-writes.ts).
const MAX_STALE_MS = 10_000;

type Entry = { page: SharedBoardPage; startedAt: number; loadedAt: number };
type Load = { promise: Promise<SharedBoardPage>; startedAt: number };
type BoardCache = {
  pages: LRUCache<string, Entry>;
  loading: Map<string, Load>;
  /** Logical instant of the last change per 시군구, and of the last change of unknown place. */
  changed: Map<string, number>;
  changedAnywhere: number;
  /** Logical instant of the last removal per 시군구: older pages are not served at all. */
  removed: Map<string, number>;
  /** Tests: loads that started before the last `clear` are not kept. */
  clearedAt: number;
};
const cache = processSingleton<BoardCache>('board-cache', () => ({
  pages: new LRUCache<string, Entry>({ max: 5000, ttl: MAX_STALE_MS }),
  loading: new Map(),
  changed: new Map(),
  changedAnywhere: 0,
  removed: new Map(),
  clearedAt: 0,
}));

/**
 * Keys start with the 시군구 code, which is what a change clears, and hold every query field
 * (zod's output keeps the schema's key order), so a new filter can't share another's pages.
 */
export const boardPageKey = (place: string, query: ListPostsQuery) => `${place.slice(0, 5)}|${place}|${JSON.stringify(query)}`;

const lastChange = (key: string) => Math.max(cache.changed.get(key.slice(0, 5)) ?? 0, cache.changedAnywhere);

/** Starts a load unless one that started after `after` is under way; keeps its page unless a newer one landed first. */
function loadAfter(key: string, after: number, load: () => Promise<SharedBoardPage>): Promise<SharedBoardPage> {
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

export const boardPages = {
  /**
   * The shared page for a reader whose last own write was at `ownWrite` (lib/core/own-writes.ts,
   * 0 for none): fresh from memory, the previous page while another request reloads it, or from
   * a load that started after both the last change and the reader's write.
   */
  get(key: string, load: () => Promise<SharedBoardPage>, ownWrite = 0): Promise<SharedBoardPage> {
    const entry = cache.pages.get(key);
    if (entry && entry.startedAt > Math.max(ownWrite, cache.removed.get(key.slice(0, 5)) ?? 0)) {
      const changed = entry.startedAt < lastChange(key);
      if (!changed && Date.now() - entry.loadedAt < TTL_MS) return Promise.resolve(entry.page);
      if (cache.loading.has(key)) return Promise.resolve(entry.page);
      // Only expired: reload behind this reader (a failed reload leaves the page stale; the next reader retries).
      if (!changed) return (loadAfter(key, 0, load).catch(() => {}), Promise.resolve(entry.page));
    }
    return loadAfter(key, Math.max(ownWrite, lastChange(key)), load);
  },
  /** After a post or its room changed (committed): its 시군구's pages, or every page when unknown. */
  forget(neighbourhoodCode?: string) {
    if (neighbourhoodCode) cache.changed.set(neighbourhoodCode.slice(0, 5), nextTick());
    else cache.changedAnywhere = nextTick();
  },
  /** After a post was deleted or hidden (committed): its 시군구's pages are no longer served, even stale. */
  forgetRemoved(neighbourhoodCode: string) {
    const at = nextTick();
    cache.changed.set(neighbourhoodCode.slice(0, 5), at);
    cache.removed.set(neighbourhoodCode.slice(0, 5), at);
  },
  /** Tests: start from nothing, so no page of an earlier test is served stale. */
  clear() {
    cache.pages.clear();
    cache.loading.clear();
    cache.clearedAt = nextTick();
  },
};

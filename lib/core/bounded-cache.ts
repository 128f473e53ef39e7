import { LRUCache } from 'lru-cache';

/** What lru-cache accepts as a key or value: anything but null and undefined. */
type Present = NonNullable<unknown>;

type Options<K extends Present, V extends Present> = Omit<LRUCache.Options<K, V, unknown>, 'max' | 'maxSize' | 'sizeCalculation'> & {
  /** The most entries kept; the least recently used go first. */
  entries: number;
};

/**
 * An LRU cache of at most `entries` entries whose storage grows as it fills. lru-cache's `max`
 * allocates its arrays for every entry up front: the process's caches held 52 MB of heap and
 * 13 MB of typed arrays from their first moment, mostly empty, and the collector scanned all of
 * it in every major collection (issue #23, heap snapshots in the README). The same bound as a
 * total size of one per entry keeps the eviction order without the up-front arrays.
 */
export function boundedCache<K extends Present, V extends Present>({ entries, ...options }: Options<K, V>) {
  return new LRUCache<K, V>({ ...options, maxSize: entries, sizeCalculation: () => 1 });
}

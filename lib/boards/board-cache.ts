import type { ListPostsQuery, MealPostView } from './schema';
import { sharedPages } from '@/lib/core/shared-pages';

/** A board page as every viewer sees it; `isJoined` is filled in per viewer. */
export type SharedBoardPage = { items: MealPostView[]; total: number };

/**
 * Keys start with the 시군구 code, which is what a change clears, and hold every query field
 * (zod's output keeps the schema's key order), so a new filter can't share another's pages.
 */
export const boardPageKey = (place: string, query: ListPostsQuery) => `${place.slice(0, 5)}|${place}|${JSON.stringify(query)}`;

/**
 * Everyone in a dong opens the same first pages of the same board, so a page is shared by all
 * viewers (stale-while-revalidate, read-your-writes: lib/core/shared-pages.ts), grouped by 시군구.
 * New posts and joins are served from the previous page while one request reloads it; a deleted
 * or hidden post is never served.
 */
const pages = sharedPages<SharedBoardPage>('board', { groupOf: (key) => key.slice(0, 5), max: 5000 });

export const boardPages = {
  get: pages.get,
  /** After a post or its room changed (committed): its 시군구's pages, or every page when unknown. */
  forget: (neighbourhoodCode?: string) => pages.forget(neighbourhoodCode?.slice(0, 5)),
  /** After a post was deleted or hidden (committed): its 시군구's pages are no longer served, even stale. */
  forgetRemoved: (neighbourhoodCode: string) => pages.forgetRemoved(neighbourhoodCode.slice(0, 5)),
  clear: pages.clear,
};

/**
 * A post's page as every viewer sees it (`isJoined` filled in per viewer), grouped by post id:
 * a join or an edit (`post:updated`) refreshes it, a deletion or a hide (`post:deleted`) is never
 * served stale, and a post shown again (`board:changed`, which names no post) marks them all.
 */
export const postDetails = sharedPages<MealPostView>('post-details', { groupOf: (key) => key, max: 5000 });

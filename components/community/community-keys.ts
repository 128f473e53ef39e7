import { withSearch } from '@/components/posts/board-href';
import type { CommunityCategory } from '@/lib/community/categories';

/** Query keys shared by the server pages (which prefetch and dehydrate) and the client parts. */
export type CommunityQuery = { category: CommunityCategory | null; tag: string | null; q: string | null; page: number };

export const communityKeys = {
  lists: ['community', 'list'] as const,
  list: (q: CommunityQuery) => ['community', 'list', q] as const,
  detail: (id: number) => ['community', 'detail', id] as const,
  comments: (id: number) => ['community', 'comments', id] as const,
};

/** The list endpoint's query for a board view (the same filters as the page's address). */
export const communityApiQuery = (q: CommunityQuery) => ({ category: q.category ?? undefined, tag: q.tag ?? undefined, q: q.q ?? undefined, page: q.page > 1 ? q.page : undefined });
/** The board page's own address for a filter: a category chip, a tag or a page button. */
export const communityHref = (q: CommunityQuery) => withSearch('/community', communityApiQuery(q));

import type { MealPostView } from '@/lib/boards/schema';
import type { PageInfo } from '@/lib/core/pagination';
import { withSearch } from '@/components/posts/board-href';

/** Query keys shared by the server pages (which prefetch and dehydrate) and the client parts. */
export type BoardQuery = { category: MealPostView['category'] | null; scope: 'dong' | 'sigungu'; page: number; status?: 'open'; size?: number };
export type PostPage = { items: MealPostView[]; page: PageInfo };

export const postKeys = {
  all: ['posts'] as const,
  lists: ['posts', 'list'] as const,
  list: (q: BoardQuery) => ['posts', 'list', q] as const,
  detail: (id: number) => ['posts', 'detail', id] as const,
};

/** The list endpoint's query for a board view: the defaults (this dong, page 1) stay implicit. */
export const postsApiQuery = (q: BoardQuery) => ({
  category: q.category ?? undefined,
  scope: q.scope === 'sigungu' ? q.scope : undefined,
  status: q.status,
  page: q.page > 1 ? q.page : undefined,
  size: q.size,
});

/** The board page's own address for a filter, e.g. a category chip or a page button. */
export const boardHref = (q: BoardQuery) => withSearch('/posts', postsApiQuery(q));

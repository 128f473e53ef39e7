import type { MealPostView } from '@/lib/boards/schema';
import type { PageInfo } from '@/lib/core/pagination';

/** Query keys shared by the server pages (which prefetch and dehydrate) and the client parts. */
export type BoardQuery = { category: string | null; scope: 'dong' | 'sigungu'; page: number; status?: 'open'; size?: number };
export type PostPage = { items: MealPostView[]; page: PageInfo };

export const postKeys = {
  all: ['posts'] as const,
  lists: ['posts', 'list'] as const,
  list: (q: BoardQuery) => ['posts', 'list', q] as const,
  detail: (id: number) => ['posts', 'detail', id] as const,
};

export function postsUrl(q: BoardQuery, base = '/api/posts') {
  const params = new URLSearchParams();
  if (q.category) params.set('category', q.category);
  if (q.scope === 'sigungu') params.set('scope', 'sigungu');
  if (q.status) params.set('status', q.status);
  if (q.page > 1) params.set('page', String(q.page));
  if (q.size) params.set('size', String(q.size));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/** The board page's own address for a filter, e.g. a category chip or a page button. */
export const boardHref = (q: BoardQuery) => postsUrl(q, '/posts');

import type { CommunityCategory } from '@/lib/community/categories';
import type { CommunityCommentView, CommunityPostView } from '@/lib/community/schema';
import type { PageInfo } from '@/lib/core/pagination';

/** Query keys shared by the server pages (which prefetch and dehydrate) and the client parts. */
export type CommunityQuery = { category: CommunityCategory | null; tag: string | null; q: string | null; page: number };
export type CommunityPage = { items: CommunityPostView[]; page: PageInfo };
export type CommentPage = { items: CommunityCommentView[]; page: PageInfo };

export const communityKeys = {
  lists: ['community', 'list'] as const,
  list: (q: CommunityQuery) => ['community', 'list', q] as const,
  detail: (id: number) => ['community', 'detail', id] as const,
  comments: (id: number) => ['community', 'comments', id] as const,
};

function search(q: CommunityQuery, base: string) {
  const params = new URLSearchParams();
  if (q.category) params.set('category', q.category);
  if (q.tag) params.set('tag', q.tag);
  if (q.q) params.set('q', q.q);
  if (q.page > 1) params.set('page', String(q.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

export const communityApiUrl = (q: CommunityQuery) => search(q, '/api/community/posts');
/** The board page's own address for a filter: a category chip, a tag or a page button. */
export const communityHref = (q: CommunityQuery) => search(q, '/community');
export const emptyQuery: CommunityQuery = { category: null, tag: null, q: null, page: 1 };

import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { BoardCategoryChips, ScopeToggle } from '@/components/boards/board-filters';
import { postKeys, type BoardQuery } from '@/components/boards/post-keys';
import { PostList } from '@/components/boards/post-list';
import { getDb } from '@/db/client';
import { findActiveUser } from '@/lib/accounts/queries';
import { requireSessionUser } from '@/lib/auth/server-session';
import { listPosts } from '@/lib/boards/queries';
import { listPostsQuery, mealCategories, type ListPostsQuery } from '@/lib/boards/schema';
import { displaySigungu } from '@/lib/neighbourhoods/format';

export const metadata: Metadata = { title: '같이 주문' };

type Search = { category?: string | string[]; scope?: string | string[]; page?: string | string[] };

/** Unknown filter values fall back to the default instead of an error page. */
function parseQuery(search: Search): ListPostsQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const shape = listPostsQuery.shape;
  const category = shape.category.safeParse(one(search.category));
  const scope = shape.scope.safeParse(one(search.scope));
  const page = shape.page.safeParse(one(search.page));
  return {
    category: category.success ? category.data : undefined,
    scope: scope.success ? scope.data : 'dong',
    page: page.success ? page.data : 1,
    size: 10,
  };
}

export default async function PostsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireSessionUser('/posts');
  const parsed = parseQuery(await searchParams);
  const query: BoardQuery = { category: parsed.category ?? null, scope: parsed.scope, page: parsed.page };
  const db = getDb();
  const viewer = await findActiveUser(db, me.id);
  const queryClient = new QueryClient();
  if (viewer) {
    await queryClient.prefetchQuery({
      queryKey: postKeys.list(query),
      queryFn: () => listPosts(db, viewer, parsed),
    });
  }
  const sigungu = displaySigungu(me.neighbourhood.sigungu);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">같이 주문</h1>
          <p className="mt-1 text-sm text-stone-600">
            {query.scope === 'sigungu' ? `${sigungu} 전체` : me.neighbourhood.dong} 이웃과 배달비를 나눠요
          </p>
        </div>
        <Link href="/posts/new" className="shrink-0 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          글쓰기
        </Link>
      </div>
      <ScopeToggle query={query} dong={me.neighbourhood.dong} sigungu={sigungu} />
      <BoardCategoryChips query={query} categories={mealCategories} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PostList query={query} />
      </HydrationBoundary>
    </div>
  );
}

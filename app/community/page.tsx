import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { CommunityCategoryChips, CommunitySearch } from '@/components/community/community-filters';
import { communityKeys, type CommunityQuery } from '@/components/community/community-keys';
import { CommunityList } from '@/components/community/community-list';
import { getDb } from '@/db/client';
import { findActiveUser } from '@/lib/accounts/queries';
import { requireSessionUser } from '@/lib/auth/server-session';
import { listPosts } from '@/lib/community/queries';
import { listPostsQuery } from '@/lib/community/schema';

export const metadata: Metadata = { title: '동네생활' };

type Search = Record<'category' | 'tag' | 'q' | 'page', string | string[] | undefined>;

/** Unknown filter values fall back to none instead of an error page. */
function parseQuery(search: Search): CommunityQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const shape = listPostsQuery.shape;
  const category = shape.category.safeParse(one(search.category));
  const tag = shape.tag.safeParse(one(search.tag));
  const q = shape.q.safeParse(one(search.q));
  const page = shape.page.safeParse(one(search.page));
  return {
    category: (category.success && category.data) || null,
    tag: (tag.success && tag.data) || null,
    q: (q.success && q.data) || null,
    page: page.success ? page.data : 1,
  };
}

export default async function CommunityPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireSessionUser('/community');
  const query = parseQuery(await searchParams);
  const db = getDb();
  const viewer = await findActiveUser(db, me.id);
  const queryClient = new QueryClient();
  if (viewer) {
    await queryClient.prefetchQuery({
      queryKey: communityKeys.list(query),
      queryFn: () =>
        listPosts(db, viewer, { category: query.category ?? undefined, tag: query.tag ?? undefined, q: query.q ?? undefined, scope: 'dong', page: query.page, size: 10 }),
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">동네생활</h1>
          <p className="mt-1 text-sm text-stone-600">{me.neighbourhood.dong} 이웃과 묻고 답하고 소식을 나눠요</p>
        </div>
        <Link href="/community/new" className="shrink-0 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          글쓰기
        </Link>
      </div>
      <CommunitySearch query={query} />
      <CommunityCategoryChips query={query} />
      {query.tag && (
        <p className="text-sm text-stone-700">
          <span className="font-semibold">#{query.tag}</span> 태그가 달린 글
        </p>
      )}
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CommunityList query={query} />
      </HydrationBoundary>
    </div>
  );
}

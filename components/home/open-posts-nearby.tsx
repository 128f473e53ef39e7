'use client';
import { useQuery } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { CategoryBadge, HeadCount, StatusBadge } from '@/components/boards/post-badges';
import { postKeys, postsApiQuery } from '@/components/boards/post-keys';
import { useLivePosts } from '@/components/boards/use-live-posts';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { RelativeTime } from '@/components/ui/relative-time';
import { listPostsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { nearbyOpenPostsQuery } from './home-queries';

/** The 시군구's newest posts still recruiting; `post:updated` keeps their head counts live. */
export function OpenPostsNearby({ dong }: { dong: string }) {
  useLivePosts();
  const posts = useQuery({
    queryKey: postKeys.list(nearbyOpenPostsQuery),
    queryFn: ({ signal }) => callEndpoint(listPostsEndpoint, { query: postsApiQuery(nearbyOpenPostsQuery), signal }),
    staleTime: 30_000,
  });
  if (posts.isPending) return <LoadingState label="모집 중인 글을 불러오는 중…" />;
  if (posts.isError) return <ErrorState message={`글을 불러오지 못했습니다. ${posts.error.message}`} onRetry={() => posts.refetch()} retrying={posts.isFetching} />;
  if (posts.data.items.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-stone-300 bg-white px-5 py-8 text-center">
        <p className="font-semibold">근처에 모집 중인 글이 아직 없어요.</p>
        <p className="mt-1 text-sm text-stone-600">위의 추천 메뉴로 {dong} 이웃을 먼저 모아 보세요.</p>
      </div>
    );
  }
  return (
    <ul className="flex flex-col gap-2">
      {posts.data.items.map((post) => (
        <li key={post.id}>
          <Link href={`/posts/${post.id}`} className="block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-600" data-testid="nearby-post">
            <div className="flex flex-wrap items-center gap-1.5">
              <CategoryBadge category={post.category} />
              <StatusBadge post={post} />
              <span className="text-xs text-stone-600">{post.neighbourhood.dong}</span>
            </div>
            <h3 className="mt-2 font-semibold">{post.title}</h3>
            <div className="mt-1 flex items-center justify-between text-sm text-stone-600">
              <RelativeTime date={post.createdAt} />
              <HeadCount post={post} className="font-semibold text-brand-700" />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}

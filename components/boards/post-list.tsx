'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { HiddenNotice } from '@/components/moderation/hidden-notice';
import { RelativeTime } from '@/components/ui/relative-time';
import { apiFetch } from '@/lib/http/client';
import { Pagination } from './pagination';
import { CategoryBadge, HeadCount, StatusBadge } from './post-badges';
import { boardHref, postKeys, postsUrl, type BoardQuery, type PostPage } from './post-keys';
import { useLivePosts } from './use-live-posts';
import { ErrorState, LoadingState } from '@/components/ui/query-states';

/** The board's list and pages; the server page prefetches it, the socket keeps counts live. */
export function PostList({ query }: { query: BoardQuery }) {
  useLivePosts();
  const posts = useQuery({
    queryKey: postKeys.list(query),
    queryFn: ({ signal }) => apiFetch<PostPage>(postsUrl(query), { signal }),
    staleTime: 30_000,
  });

  if (posts.isPending) return <LoadingState label="글을 불러오는 중…" />;
  if (posts.isError) {
    return <ErrorState message={`글 목록을 불러오지 못했습니다. ${posts.error.message}`} onRetry={() => posts.refetch()} retrying={posts.isFetching} />;
  }

  const { items, page } = posts.data;
  if (items.length === 0) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
        <p className="font-semibold">{query.category ? `‘${query.category}’ 글이 아직 없어요.` : '아직 같이 주문하자는 글이 없어요.'}</p>
        <p className="text-sm text-stone-600">먹고 싶은 메뉴가 있다면 먼저 글을 써서 이웃을 모아 보세요.</p>
        <Link href="/posts/new" className="mt-1 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          글쓰기
        </Link>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="sr-only" aria-live="polite">
        글 {page.total}개 중 {page.current}페이지
      </p>
      <ul className="flex flex-col gap-3" aria-busy={posts.isFetching || undefined}>
        {items.map((post) => (
          <li key={post.id}>
            <Link
              href={`/posts/${post.id}`}
              className="block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600"
            >
              <div className="flex flex-wrap items-center gap-1.5">
                <CategoryBadge category={post.category} />
                <StatusBadge post={post} />
                {post.hiddenAt && <HiddenNotice compact />}
                {query.scope === 'sigungu' && <span className="text-xs text-stone-600">{post.neighbourhood.dong}</span>}
              </div>
              <h2 className={`mt-2 text-base font-semibold ${post.isComplete ? 'text-stone-600' : ''}`}>{post.title}</h2>
              <div className="mt-2 flex items-center justify-between gap-3 text-sm text-stone-600">
                <span className="min-w-0 truncate">
                  {post.author.username}
                  <span aria-hidden> · </span>
                  <RelativeTime date={post.createdAt} />
                </span>
                <HeadCount post={post} className={`shrink-0 font-semibold ${post.isComplete ? 'text-stone-600' : 'text-brand-700'}`} />
              </div>
            </Link>
          </li>
        ))}
      </ul>
      <Pagination page={page} href={(n) => boardHref({ ...query, page: n })} />
    </div>
  );
}

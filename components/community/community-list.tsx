'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Pagination } from '@/components/boards/pagination';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { RelativeTime } from '@/components/ui/relative-time';
import { categoryLabels } from '@/lib/community/categories';
import { apiFetch } from '@/lib/http/client';
import { communityApiUrl, communityHref, communityKeys, type CommunityPage, type CommunityQuery } from './community-keys';

/** The board's list and pages; the server page prefetches the first render. */
export function CommunityList({ query }: { query: CommunityQuery }) {
  const posts = useQuery({
    queryKey: communityKeys.list(query),
    queryFn: ({ signal }) => apiFetch<CommunityPage>(communityApiUrl(query), { signal }),
    staleTime: 30_000,
  });

  if (posts.isPending) return <LoadingState label="글을 불러오는 중…" />;
  if (posts.isError) {
    return <ErrorState message={`글 목록을 불러오지 못했습니다. ${posts.error.message}`} onRetry={() => posts.refetch()} retrying={posts.isFetching} />;
  }

  const { items, page } = posts.data;
  const filtered = Boolean(query.category || query.tag || query.q);
  if (items.length === 0) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
        <p className="font-semibold">{filtered ? '조건에 맞는 글이 없어요.' : '아직 동네생활 글이 없어요.'}</p>
        <p className="text-sm text-stone-600">{filtered ? '다른 검색어나 카테고리로 찾아보세요.' : '궁금한 것, 나누고 싶은 소식을 먼저 올려 보세요.'}</p>
        {filtered ? (
          <Link href="/community" className="mt-1 font-medium text-brand-700 underline">
            전체 글 보기
          </Link>
        ) : (
          <Link href="/community/new" className="mt-1 rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
            글쓰기
          </Link>
        )}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="sr-only" aria-live="polite">
        글 {page.total}개 중 {page.current}페이지
      </p>
      <ul aria-label="동네생활 글" className="flex flex-col gap-3" aria-busy={posts.isFetching || undefined}>
        {items.map((post) => (
          <li key={post.id} data-testid="community-card" className="relative rounded-2xl border border-stone-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600">
            <div className="flex flex-wrap items-center gap-1.5 text-xs">
              <span className="rounded-md bg-stone-100 px-2 py-0.5 font-medium text-stone-700">{categoryLabels[post.category]}</span>
              {post.tags.map((t) => (
                <span key={t} className="text-brand-800">
                  #{t}
                </span>
              ))}
            </div>
            <h2 className="mt-2 text-base font-semibold">
              <Link href={`/community/${post.id}`} className="after:absolute after:inset-0 hover:underline">
                {post.title}
              </Link>
            </h2>
            <div className="mt-2 flex items-center justify-between gap-3 text-sm text-stone-600">
              <span className="min-w-0 truncate">
                {post.author.username}
                <span aria-hidden> · </span>
                <RelativeTime date={post.createdAt} />
              </span>
              <span className="shrink-0">
                조회 {post.viewCount}
                <span aria-hidden> · </span>
                댓글 {post.commentCount}
              </span>
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page} href={(n) => communityHref({ ...query, page: n })} />
    </div>
  );
}

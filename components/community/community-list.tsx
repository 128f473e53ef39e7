'use client';
import { useQuery } from '@tanstack/react-query';
import Link from '@/components/ui/link';
import { BoardList, CardFooter } from '@/components/posts/board-list';
import { categoryLabels } from '@/lib/community/categories';
import { listCommunityPostsEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { communityApiQuery, communityHref, communityKeys, type CommunityQuery } from './community-keys';

/** The board's list and pages; the server page prefetches the first render. */
export function CommunityList({ query }: { query: CommunityQuery }) {
  const posts = useQuery({
    queryKey: communityKeys.list(query),
    queryFn: ({ signal }) => callEndpoint(listCommunityPostsEndpoint, { query: communityApiQuery(query), signal }),
    staleTime: 30_000,
  });
  const filtered = Boolean(query.category || query.tag || query.q);
  const empty = (
    <>
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
    </>
  );

  return (
    <BoardList posts={posts} empty={empty} label="동네생활 글" pageHref={(n) => communityHref({ ...query, page: n })}>
      {(post) => (
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
          <CardFooter post={post}>
            <span className="shrink-0">
              조회 {post.viewCount}
              <span aria-hidden> · </span>
              댓글 {post.commentCount}
            </span>
          </CardFooter>
        </li>
      )}
    </BoardList>
  );
}
